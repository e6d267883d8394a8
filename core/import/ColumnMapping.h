#pragma once

#include "common/Result.h"
#include "import/ImportColumns.h"
#include "import/ImportField.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <span>

namespace baton {

/// Which column of a CSV file holds each field, and how the file writes its dates: a preset's,
/// or one a person wrote for their own export and keeps in a JSON file to reuse
/// (docs/import-mapping.md describes the format). A field may name several headers; the first
/// the file has is used. Headers match without regard to case or surrounding blanks.
struct ColumnMapping {
    QString name;
    std::map<ImportField, QStringList> columns;
    QStringList dateFormats{QStringLiteral("iso8601")};
    QString timeZone = QStringLiteral("UTC"); ///< IANA name; wall-clock times are read in it
    QStringList footer;                       ///< first cells that end the data (report footers)

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &object);
    /// A mapping file's bytes; `sourceName` names it in the error.
    static Result<ColumnMapping> fromJsonText(const QByteArray &json, const QString &sourceName);
    Result<void> save(const QString &path) const;
    static Result<ColumnMapping> load(const QString &path);

    /// Resolves it against a file's header. `required` fields must be found; `allowed` are the
    /// fields this kind of import reads (a mapping for leads names no event type).
    Result<ImportColumns> resolve(const QStringList &header, std::span<const ImportField> allowed,
                                  std::span<const ImportField> required) const;
};

} // namespace baton
