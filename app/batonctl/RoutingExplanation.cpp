#include "RoutingExplanation.h"

#include "EscalationText.h"
#include "RoutingJson.h"
#include "RoutingText.h"
#include "TextFormat.h"
#include "UserDirectory.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

QString isoOrNone(const std::optional<QDateTime> &at, const char *none)
{
    return at ? TextFormat::isoTime(*at) : QString::fromLatin1(none);
}

QString seconds(const std::optional<qint64> &value)
{
    return value ? TextFormat::duration(*value) : QStringLiteral("-");
}

} // namespace

void RoutingExplanation::writeText(QTextStream &out, const UserDirectory &users) const
{
    out << "Routing of lead " << lead.id << " (" << lead.person.name;
    if (!lead.company.name.isEmpty())
        out << ", " << lead.company.name;
    out << "), stage " << stageName(lead.stage) << ", owner "
        << users.describe(lead.ownerId, QStringLiteral("nobody")) << "\n";
    writeDecisions(out, users);
    writeClock(out, users);
    if (steps.empty()) {
        out << "\nEscalation steps: none\n";
        return;
    }
    out << "\nEscalation steps:\n";
    for (const EscalationStep &step : steps)
        out << "  " << EscalationText::line(step, users) << "\n";
}

void RoutingExplanation::writeDecisions(QTextStream &out, const UserDirectory &users) const
{
    if (decisions.empty()) {
        out << "\nNo routing decision yet.\n";
        return;
    }
    out << "\nDecisions:\n";
    int number = 0;
    for (const RoutingRecord &record : decisions) {
        out << "  " << ++number << ". " << TextFormat::isoTime(record.decidedAt) << "  "
            << RoutingRecord::kindName(record.kind) << " to "
            << users.describe(record.assigneeId, QStringLiteral("nobody (it waits unassigned)")) << "\n";
        out << "     Rule: " << RoutingText::rule(record.ruleName, record.rulePosition) << "\n";
        out << "     Previous owner: " << users.describe(record.previousOwnerId, QStringLiteral("none"))
            << "\n";
        if (record.decidedBy)
            out << "     Decided by: " << users.describe(record.decidedBy) << "\n";
        out << "     Why: " << record.reason << "\n";
    }
}

void RoutingExplanation::writeClock(QTextStream &out, const UserDirectory &users) const
{
    if (!clock) {
        out << "\nResponse clock: none (no handoff with a response tier)\n";
        return;
    }
    out << "\nResponse clock (handoff " << clock->handoffId << "):\n";
    out << "  Tier:            " << clock->tier << ", " << clock->windowMinutes << " business minutes\n";
    out << "  Started:         " << TextFormat::isoTime(clock->startedAt) << "\n";
    out << "  Due:             " << isoOrNone(clock->dueAt, "none (the calendar has no working hours)");
    if (const auto left = clock->secondsLeft(at); left && clock->running())
        out << (*left >= 0 ? QStringLiteral(" (in %1)") : QStringLiteral(" (%1 ago)"))
                   .arg(TextFormat::duration(*left >= 0 ? *left : -*left));
    out << "\n";
    out << "  Assigned:        " << isoOrNone(clock->assignedAt, "not yet")
        << (clock->assignedAt ? " (first owner)" : "") << "\n";
    out << "  Owner now:       " << users.describe(clock->ownerId, QStringLiteral("nobody")) << "\n";
    out << "  First contact:   " << isoOrNone(clock->firstContactAt, "not yet") << "\n";
    if (clock->closedAt)
        out << "  Closed:          " << TextFormat::isoTime(*clock->closedAt) << "\n";
    out << "  State now:       " << slaStateLabel(clock->stateAt(at, warnBeforeMinutes)) << " (as of "
        << TextFormat::isoTime(at) << "; due soon from " << warnBeforeMinutes
        << " min before the due time)\n";
    out << "  Routing delay:   " << seconds(clock->routingDelaySeconds()) << "\n";
    out << "  Owner response:  " << seconds(clock->ownerResponseSeconds()) << "\n";
}

QJsonObject RoutingExplanation::toJson(const UserDirectory &users) const
{
    QJsonArray decisionArray;
    for (const RoutingRecord &record : decisions)
        decisionArray.append(RoutingJson::record(record, users));
    QJsonArray stepArray;
    for (const EscalationStep &step : steps)
        stepArray.append(RoutingJson::step(step, users));
    return {
        {QStringLiteral("leadId"), lead.id},
        {QStringLiteral("stage"), stageName(lead.stage)},
        {QStringLiteral("owner"), users.json(lead.ownerId)},
        {QStringLiteral("decisions"), decisionArray},
        {QStringLiteral("clock"), clock ? QJsonValue(RoutingJson::clock(*clock, at, warnBeforeMinutes, users))
                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("escalation"), stepArray}};
}

} // namespace baton::cli
