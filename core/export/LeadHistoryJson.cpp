#include "export/LeadHistoryJson.h"

#include "domain/ActivityType.h"
#include "domain/EventType.h"
#include "domain/Stage.h"
#include "export/LeadFieldsJson.h"

#include <QJsonArray>

namespace baton {
namespace {

using Fields = LeadFieldsJson;

QJsonValue text(const QString &value)
{
    return Fields::text(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const std::optional<QDateTime> &value)
{
    return value ? time(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// A person's login, or null for none or someone no longer on file.
QJsonValue login(const std::optional<qint64> &userId, const QHash<qint64, User> &users)
{
    if (!userId)
        return QJsonValue::Null;
    const auto found = users.constFind(*userId);
    return found == users.constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(found->login);
}

QJsonValue campaign(const std::optional<Campaign> &campaign)
{
    if (!campaign)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), campaign->id},
                       {QStringLiteral("name"), campaign->name},
                       {QStringLiteral("kind"), text(campaign->kind)}};
}

QJsonArray events(const std::vector<EngagementEvent> &events)
{
    QJsonArray array;
    for (const EngagementEvent &event : events) {
        array.append(QJsonObject{{QStringLiteral("id"), event.id},
                                 {QStringLiteral("type"), eventTypeName(event.type)},
                                 {QStringLiteral("at"), time(event.occurredAt)},
                                 {QStringLiteral("detail"), text(event.detail)},
                                 {QStringLiteral("campaignId"), id(event.campaignId)}});
    }
    return array;
}

QJsonArray stageChanges(const std::vector<StageChange> &changes, const QHash<qint64, User> &users)
{
    QJsonArray array;
    for (const StageChange &change : changes) {
        array.append(QJsonObject{
            {QStringLiteral("id"), change.id},
            {QStringLiteral("from"), change.from ? QJsonValue(stageName(*change.from)) : QJsonValue()},
            {QStringLiteral("to"), stageName(change.to)},
            {QStringLiteral("at"), time(change.changedAt)},
            {QStringLiteral("userId"), id(change.userId)},
            {QStringLiteral("user"), login(change.userId, users)},
            {QStringLiteral("reason"), text(change.reasonCode)},
            {QStringLiteral("note"), text(change.note)},
            {QStringLiteral("withoutContact"), change.withoutContact}});
    }
    return array;
}

QJsonArray activities(const std::vector<Activity> &activities, const QHash<qint64, User> &users)
{
    QJsonArray array;
    for (const Activity &activity : activities) {
        array.append(QJsonObject{{QStringLiteral("id"), activity.id},
                                 {QStringLiteral("type"), activityTypeName(activity.type)},
                                 {QStringLiteral("outcome"), activity.outcome},
                                 {QStringLiteral("at"), time(activity.occurredAt)},
                                 {QStringLiteral("userId"), id(activity.userId)},
                                 {QStringLiteral("user"), login(activity.userId, users)},
                                 {QStringLiteral("note"), text(activity.note)}});
    }
    return array;
}

QJsonArray handoffs(const std::vector<Handoff> &handoffs)
{
    QJsonArray array;
    for (const Handoff &handoff : handoffs) {
        QJsonObject object{{QStringLiteral("id"), handoff.id},
                           {QStringLiteral("at"), time(handoff.at)},
                           {QStringLiteral("definitionVersion"), handoff.definitionNumber},
                           {QStringLiteral("trigger"), handoffTriggerName(handoff.trigger)},
                           {QStringLiteral("fit"), handoff.fit},
                           {QStringLiteral("engagement"), handoff.engagement},
                           {QStringLiteral("fastTrack"), handoff.fastTrack},
                           {QStringLiteral("completeness"), handoff.completeness},
                           {QStringLiteral("missing"), QJsonArray::fromStringList(handoff.missing)},
                           {QStringLiteral("campaignId"), id(handoff.campaignId)}};
        if (handoff.signal) {
            object.insert(QStringLiteral("signal"),
                          QJsonObject{{QStringLiteral("type"), eventTypeName(handoff.signal->type)},
                                      {QStringLiteral("at"), time(handoff.signal->occurredAt)},
                                      {QStringLiteral("detail"), text(handoff.signal->detail)}});
        } else {
            object.insert(QStringLiteral("signal"), QJsonValue::Null);
        }
        array.append(object);
    }
    return array;
}

QJsonArray routing(const std::vector<RoutingRecord> &decisions, const QHash<qint64, User> &users)
{
    QJsonArray array;
    for (const RoutingRecord &decision : decisions) {
        array.append(QJsonObject{{QStringLiteral("id"), decision.id},
                                 {QStringLiteral("at"), time(decision.decidedAt)},
                                 {QStringLiteral("kind"), RoutingRecord::kindName(decision.kind)},
                                 {QStringLiteral("handoffId"), id(decision.handoffId)},
                                 {QStringLiteral("assigneeId"), id(decision.assigneeId)},
                                 {QStringLiteral("assignee"), login(decision.assigneeId, users)},
                                 {QStringLiteral("previousOwnerId"), id(decision.previousOwnerId)},
                                 {QStringLiteral("rule"), text(decision.ruleName)},
                                 {QStringLiteral("reason"), text(decision.reason)},
                                 {QStringLiteral("decidedBy"), login(decision.decidedBy, users)}});
    }
    return array;
}

QJsonValue opportunity(const std::optional<Opportunity> &opportunity, const QHash<qint64, User> &users)
{
    if (!opportunity)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("valueCents"), opportunity->valueCents},
                       {QStringLiteral("note"), text(opportunity->note)},
                       {QStringLiteral("createdAt"), time(opportunity->createdAt)},
                       {QStringLiteral("createdBy"), login(opportunity->createdBy, users)}};
}

} // namespace

QJsonObject LeadHistoryJson::toJson(const LeadHistory &history, const QHash<qint64, User> &users)
{
    const Lead &lead = history.lead;
    return {{QStringLiteral("id"), lead.id},
            {QStringLiteral("version"), lead.version},
            {QStringLiteral("stage"), stageName(lead.stage)},
            {QStringLiteral("createdAt"), time(lead.createdAt)},
            {QStringLiteral("handoffAt"), time(lead.handoffAt)},
            {QStringLiteral("revisitOn"), lead.revisitOn ? QJsonValue(lead.revisitOn->toString(Qt::ISODate))
                                                         : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("person"), Fields::person(lead.person)},
            {QStringLiteral("company"), Fields::company(lead.company)},
            {QStringLiteral("ownerId"), id(lead.ownerId)},
            {QStringLiteral("owner"), login(lead.ownerId, users)},
            {QStringLiteral("campaign"), campaign(history.campaign)},
            {QStringLiteral("events"), events(history.events)},
            {QStringLiteral("stageChanges"), stageChanges(history.stageChanges, users)},
            {QStringLiteral("activities"), activities(history.activities, users)},
            {QStringLiteral("handoffs"), handoffs(history.handoffs)},
            {QStringLiteral("routingDecisions"), routing(history.routing, users)},
            {QStringLiteral("opportunity"), opportunity(history.opportunity, users)}};
}

} // namespace baton
