#include "import/ImportAudit.h"

#include "domain/AuditEntry.h"
#include "storage/AuditRepository.h"

#include <QFile>
#include <QFileInfo>

namespace baton {

Result<void> ImportAudit::record(Database &db, const QDateTime &at, std::optional<qint64> actorId,
                                 const QIODevice &file, const QString &what, const ImportResult &result)
{
    const auto *named = qobject_cast<const QFile *>(&file);
    const QString source = named != nullptr ? QFileInfo(named->fileName()).fileName() : QString();
    AuditEntry entry;
    entry.at = at;
    entry.userId = actorId;
    entry.subject = QStringLiteral("import");
    entry.action = what;
    entry.summary =
        QStringLiteral("Imported %1 from %2: %3 rows, %4 added, %5 updated, %6 skipped, %7 refused, "
                       "%8 handed over")
            .arg(what, source.isEmpty() ? QStringLiteral("a CSV file") : source)
            .arg(result.rows)
            .arg(result.added)
            .arg(result.updated)
            .arg(result.skipped)
            .arg(result.refused())
            .arg(result.handedOver);
    entry.after = QJsonObject{{QStringLiteral("file"), source},
                              {QStringLiteral("rows"), result.rows},
                              {QStringLiteral("added"), result.added},
                              {QStringLiteral("updated"), result.updated},
                              {QStringLiteral("skipped"), result.skipped},
                              {QStringLiteral("refused"), result.refused()},
                              {QStringLiteral("handedOver"), result.handedOver},
                              {QStringLiteral("routed"), result.routed}};
    auto id = AuditRepository(db).record(entry);
    if (!id)
        return id.error();
    return {};
}

} // namespace baton
