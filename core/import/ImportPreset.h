#pragma once

#include "import/ColumnMapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

/// The mappings Baton knows without a file: the lead exports of HubSpot (contacts), Salesforce
/// (a leads report exported as CSV) and Marketo (a lead list or smart list), by the headers and
/// date formats those tools write; and the columns of an engagement events file.
class ImportPreset {
public:
    static QStringList names(); ///< hubspot, salesforce, marketo
    static std::optional<ColumnMapping> named(const QString &name);

    static ColumnMapping hubspot();
    static ColumnMapping salesforce();
    static ColumnMapping marketo();
    /// email, type, time, detail, campaign, by those names or the usual variants.
    static ColumnMapping events();
};

} // namespace baton
