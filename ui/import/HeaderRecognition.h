#pragma once

#include "common/Result.h"
#include "import/ImportField.h"
#include "import/ImportKind.h"

#include <QString>
#include <QStringList>

#include <span>

namespace baton {

/// Reads the header of an import file and tells which preset writes it.
class HeaderRecognition {
public:
    /// The file's first non-empty record, as column names.
    static Result<QStringList> read(const QString &path);
    /// The preset (ImportPreset::names()) whose columns the header has most of, e-mail included;
    /// empty when none finds an e-mail column.
    static QString presetFor(const QStringList &header);

    static std::span<const ImportField> fields(ImportKind kind);
    static std::span<const ImportField> required(ImportKind kind);
};

} // namespace baton
