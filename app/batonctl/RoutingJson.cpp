#include "RoutingJson.h"

#include "TextFormat.h"
#include "UserDirectory.h"

#include <QJsonArray>

namespace baton::cli {

QJsonValue RoutingJson::time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(TextFormat::isoTime(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue RoutingJson::time(const std::optional<QDateTime> &value)
{
    return value ? time(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue RoutingJson::number(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject RoutingJson::decision(const RoutingDecision &decision, const UserDirectory &users)
{
    return {{QStringLiteral("assignee"), users.json(decision.assigneeId)},
            {QStringLiteral("rule"), decision.ruleName},
            {QStringLiteral("rulePosition"), decision.rulePosition},
            {QStringLiteral("reason"), decision.reason},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(decision.skipped)}};
}

QJsonObject RoutingJson::record(const RoutingRecord &record, const UserDirectory &users)
{
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("at"), time(record.decidedAt)},
            {QStringLiteral("kind"), RoutingRecord::kindName(record.kind)},
            {QStringLiteral("handoffId"), number(record.handoffId)},
            {QStringLiteral("assignee"), users.json(record.assigneeId)},
            {QStringLiteral("previousOwner"), users.json(record.previousOwnerId)},
            {QStringLiteral("rule"), record.ruleName},
            {QStringLiteral("rulePosition"), record.rulePosition},
            {QStringLiteral("reason"), record.reason},
            {QStringLiteral("decidedBy"), users.json(record.decidedBy)}};
}

QJsonObject RoutingJson::clock(const SlaClock &clock, const QDateTime &at, int warnBeforeMinutes,
                               const UserDirectory &users)
{
    const SlaState state = clock.stateAt(at, warnBeforeMinutes);
    return {{QStringLiteral("handoffId"), clock.handoffId},
            {QStringLiteral("tier"), clock.tier},
            {QStringLiteral("windowMinutes"), clock.windowMinutes},
            {QStringLiteral("startedAt"), time(clock.startedAt)},
            {QStringLiteral("dueAt"), time(clock.dueAt)},
            {QStringLiteral("assignedAt"), time(clock.assignedAt)},
            {QStringLiteral("owner"), users.json(clock.ownerId)},
            {QStringLiteral("firstContactAt"), time(clock.firstContactAt)},
            {QStringLiteral("closedAt"), time(clock.closedAt)},
            {QStringLiteral("at"), time(at)},
            {QStringLiteral("warnBeforeMinutes"), warnBeforeMinutes},
            {QStringLiteral("state"), slaStateName(state)},
            {QStringLiteral("secondsLeft"), number(clock.running() ? clock.secondsLeft(at) : std::nullopt)},
            {QStringLiteral("routingDelaySeconds"), number(clock.routingDelaySeconds())},
            {QStringLiteral("ownerResponseSeconds"), number(clock.ownerResponseSeconds())}};
}

QJsonObject RoutingJson::step(const EscalationStep &step, const UserDirectory &users)
{
    return {{QStringLiteral("id"), step.id},
            {QStringLiteral("at"), time(step.at)},
            {QStringLiteral("leadId"), step.leadId},
            {QStringLiteral("handoffId"), step.handoffId},
            {QStringLiteral("kind"), EscalationStep::kindName(step.kind)},
            {QStringLiteral("owner"), users.json(step.ownerId)},
            {QStringLiteral("manager"), users.json(step.managerId)},
            {QStringLiteral("newOwner"), users.json(step.newOwnerId)},
            {QStringLiteral("detail"), step.detail}};
}

} // namespace baton::cli
