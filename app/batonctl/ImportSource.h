#pragma once

#include "common/Result.h"
#include "import/ColumnMapping.h"

#include <QFile>
#include <QString>

#include <memory>

namespace baton::cli {

/// The CSV file an import command reads, and the mapping it reads it with.
class ImportSource {
public:
    /// The file, open for reading; an error says why it cannot be read.
    static Result<std::unique_ptr<QFile>> open(const QString &path);
    /// --preset NAME or --mapping FILE (exactly one).
    static Result<ColumnMapping> mapping(const QString &preset, const QString &mappingFile);
};

} // namespace baton::cli
