#pragma once

#include "import/DateFormat.h"
#include "import/ImportField.h"

#include <QStringList>
#include <QTimeZone>

#include <array>
#include <vector>

namespace baton {

/// A mapping resolved against one file's header: the column index of each field (-1: the file
/// has none), the headers as the file spells them, and how its dates are read.
struct ImportColumns {
    std::array<int, importFieldCount> index{};
    QStringList headers;
    std::vector<DateFormat> dateFormats;
    QTimeZone zone;     ///< wall-clock times are in it; invalid: UTC
    QStringList footer; ///< a row that starts with one of these ends the data

    ImportColumns() { index.fill(-1); }
    int of(ImportField field) const { return index[static_cast<size_t>(field)]; }
    bool has(ImportField field) const { return of(field) >= 0; }
    /// The header of the field's column, for the report.
    QString header(ImportField field) const
    {
        return has(field) ? headers.value(of(field)) : fieldName(field);
    }
};

} // namespace baton
