#pragma once

#include "domain/Lead.h"
#include "import/ImportField.h"

#include <QString>

#include <bitset>

namespace baton {

/// A row of a leads file as Baton reads it: the lead, which fields the row gave a value for (an
/// update keeps the lead's own value for the others) and its campaign's name.
struct MappedLead {
    Lead lead;
    std::bitset<importFieldCount> given;
    QString campaign;

    bool has(ImportField field) const { return given.test(static_cast<size_t>(field)); }
};

} // namespace baton
