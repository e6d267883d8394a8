#include "MeetingJson.h"

#include "TextFormat.h"
#include "UserDirectory.h"

#include <QJsonValue>

namespace baton::cli {
namespace {

QJsonValue metric(const std::optional<MetricKey> &key)
{
    return key ? QJsonValue(metricKeyName(*key)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(TextFormat::isoTime(at)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject MeetingJson::decision(const ReviewDecision &decision, const UserDirectory &users)
{
    return QJsonObject{
        {QStringLiteral("id"), decision.id},
        {QStringLiteral("week"), decision.week.toString(Qt::ISODate)},
        {QStringLiteral("metric"), metric(decision.metric)},
        {QStringLiteral("text"), decision.text},
        {QStringLiteral("decidedAt"), time(decision.decidedAt)},
        {QStringLiteral("decidedBy"), users.json(decision.decidedBy)},
        {QStringLiteral("definition"),
         decision.definitionNumber ? QJsonValue(*decision.definitionNumber) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject MeetingJson::actionItem(const ActionItem &item, const UserDirectory &users)
{
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("week"), item.week.toString(Qt::ISODate)},
        {QStringLiteral("metric"), metric(item.metric)},
        {QStringLiteral("decision"), optionalId(item.decisionId)},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("owner"), users.json(item.ownerId)},
        {QStringLiteral("dueOn"), item.dueOn.toString(Qt::ISODate)},
        {QStringLiteral("status"), actionStatusName(item.status)},
        {QStringLiteral("carriedOver"), item.carriedOver},
        {QStringLiteral("createdAt"), time(item.createdAt)},
        {QStringLiteral("createdBy"), users.json(item.createdBy)},
        {QStringLiteral("statusAt"), time(item.statusAt)},
        {QStringLiteral("statusBy"), users.json(item.statusBy)},
        {QStringLiteral("version"), item.version},
    };
}

} // namespace baton::cli
