#include "services/LeadAudit.h"

#include "domain/AuditEntry.h"
#include "storage/AuditRepository.h"

#include <QJsonValue>

namespace baton {

QJsonObject LeadAudit::state(const Lead &lead)
{
    QJsonObject state;
    state.insert(QStringLiteral("stage"), stageName(lead.stage));
    state.insert(QStringLiteral("ownerId"), lead.ownerId ? QJsonValue(*lead.ownerId) : QJsonValue());
    state.insert(QStringLiteral("version"), lead.version);
    if (lead.revisitOn)
        state.insert(QStringLiteral("revisitOn"), lead.revisitOn->toString(Qt::ISODate));
    return state;
}

Result<void> LeadAudit::record(Database &db, const QDateTime &at, const Lead &before, const Lead &after,
                               std::optional<qint64> actorId, const QString &action, const QString &summary,
                               const QJsonObject &details)
{
    AuditEntry entry;
    entry.at = at;
    entry.userId = actorId;
    entry.subject = QStringLiteral("lead");
    entry.subjectId = before.id;
    entry.action = action;
    entry.summary = summary;
    entry.before = state(before);
    entry.after = state(after);
    for (auto it = details.begin(); it != details.end(); ++it)
        entry.after.insert(it.key(), it.value());
    auto id = AuditRepository(db).record(entry);
    if (!id)
        return id.error();
    return {};
}

QString LeadAudit::label(const Lead &lead)
{
    QString who = lead.person.name.isEmpty() ? lead.person.email : lead.person.name;
    if (!lead.company.name.isEmpty())
        who = QStringLiteral("%1 at %2").arg(who, lead.company.name);
    return who.isEmpty() ? QStringLiteral("lead %1").arg(lead.id)
                         : QStringLiteral("lead %1 (%2)").arg(lead.id).arg(who);
}

} // namespace baton
