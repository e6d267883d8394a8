#include "demo/DemoHandoffs.h"

#include "agreement/HandoffJudge.h"
#include "demo/DemoContext.h"
#include "demo/DemoLeadRecord.h"
#include "storage/Time.h"

#include <algorithm>
#include <vector>

namespace baton {
namespace {

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

Lead toLead(const DemoLeadRecord &record)
{
    Lead lead;
    lead.id = record.id;
    lead.person = Person{QString::fromStdString(record.name), QString::fromStdString(record.email),
                         QString::fromStdString(record.phone), text(record.title), text(record.seniority)};
    lead.company =
        Company{text(record.companyName), text(record.companyDomain), text(record.industry), record.employees,
                record.annualRevenue,     text(record.country),       text(record.region)};
    if (record.campaignId != 0)
        lead.campaignId = record.campaignId;
    return lead;
}

std::vector<EngagementEvent> toEvents(const DemoLeadRecord &record)
{
    std::vector<EngagementEvent> events;
    events.reserve(record.events.size());
    for (const DemoEventRow &row : record.events) {
        EngagementEvent event;
        event.leadId = record.id;
        event.type = eventTypeFromName(text(row.type)).value_or(EventType::PageView);
        event.occurredAt = fromStored(row.at);
        event.detail = text(row.detail);
        if (row.campaignId != 0)
            event.campaignId = row.campaignId;
        events.push_back(std::move(event));
    }
    return events;
}

/// A lead without a handoff needs its events scored only if it could meet the MQL rule: it fits
/// well enough, or it has a fast-track event. Most nurture leads are ruled out here, cheaply.
bool mayMeetTheRule(const Scorer &scorer, const Lead &lead, const DemoLeadRecord &record)
{
    const MqlRule &rule = scorer.definition().mqlRule;
    for (const DemoEventRow &row : record.events) {
        const auto type = eventTypeFromUtf8(row.type);
        if (type && std::find(rule.fastTrackEvents.begin(), rule.fastTrackEvents.end(), *type) !=
                        rule.fastTrackEvents.end())
            return true;
    }
    return scorer.fitPoints(lead) >= rule.minFit;
}

} // namespace

void DemoHandoffs::make(const DemoContext &context, DemoLeadRecord &record)
{
    record.handoffRules.clear();
    for (DemoHandoffRow &handoff : record.handoffs)
        handoff.campaignId = record.campaignId; // a demo lead keeps its campaign
    const Lead lead = context.scorer != nullptr ? toLead(record) : Lead();
    if (context.scorer != nullptr &&
        (!record.handoffs.empty() || mayMeetTheRule(*context.scorer, lead, record))) {
        std::vector<EngagementEvent> events = toEvents(record);
        const HandoffJudge judge(*context.scorer);
        keepBelowTheBar(context, judge, lead, events, record);
        recordHandoffs(context, judge, lead, events, record);
    }
    record.lastEventAt = 0;
    for (const DemoEventRow &row : record.events)
        record.lastEventAt = std::max(record.lastEventAt, row.at);
}

void DemoHandoffs::keepBelowTheBar(const DemoContext &context, const HandoffJudge &judge, const Lead &lead,
                                   std::vector<EngagementEvent> &events, DemoLeadRecord &record)
{
    const bool recycledAndDue =
        record.stage == "recycled" && (record.revisitOn.empty() || record.revisitOn <= context.today);
    if (record.stage != "nurture" && !recycledAndDue)
        return;
    const QDateTime now = fromStored(context.now);
    const QDateTime since = fromStored(record.stageChangedAt);
    const auto isSignal = [&record](quint32 order) {
        return std::any_of(record.handoffs.begin(), record.handoffs.end(),
                           [order](const DemoHandoffRow &handoff) { return handoff.signalOrder == order; });
    };
    while (judge.reevaluate(lead, events, since, now)) {
        // The latest event that is not an earlier handoff's buying signal goes.
        size_t drop = events.size();
        while (drop > 0 && isSignal(record.events[drop - 1].order))
            --drop;
        if (drop == 0)
            return;
        events.erase(events.begin() + static_cast<qsizetype>(drop - 1));
        record.events.erase(record.events.begin() + static_cast<qsizetype>(drop - 1));
    }
}

void DemoHandoffs::recordHandoffs(const DemoContext &context, const HandoffJudge &judge, const Lead &lead,
                                  const std::vector<EngagementEvent> &events, DemoLeadRecord &record)
{
    for (DemoHandoffRow &handoff : record.handoffs) {
        handoff.signalIndex = -1;
        for (size_t i = 0; i < record.events.size(); ++i) {
            if (record.events[i].order == handoff.signalOrder)
                handoff.signalIndex = static_cast<int>(i);
        }
        std::optional<EngagementEvent> signal;
        if (handoff.signalIndex >= 0)
            signal = events[static_cast<size_t>(handoff.signalIndex)];
        const HandoffDecision decision = judge.describe(lead, events, fromStored(handoff.at), signal);
        handoff.definitionNumber =
            context.laterDefinitionNumber != 0 && handoff.at >= context.laterDefinitionFrom
                ? context.laterDefinitionNumber
                : context.definitionNumber;
        handoff.fit = decision.fit;
        handoff.engagement = decision.engagement;
        handoff.fastTrack = decision.fastTrack;
        handoff.completeness = decision.context.percent;
        handoff.missing = decision.context.missing.join(QLatin1Char(',')).toStdString();
        // As HandoffRecorder keeps them: the rules with points, and the one that gave most of them.
        const RulePoints *dominant = RulePoints::dominant(decision.rulePoints);
        handoff.firstRule = static_cast<quint32>(record.handoffRules.size());
        handoff.ruleCount = 0;
        handoff.topRule = -1;
        handoff.leadingEngagementRule = -1;
        // The engagement rule that gave most of the engagement points (at least a third of them).
        int engagement = 0;
        const RulePoints *leading = nullptr;
        for (const RulePoints &rule : decision.rulePoints) {
            if (rule.points > 0 && rule.key.startsWith(QLatin1String("engagement:"))) {
                engagement += rule.points;
                if (leading == nullptr || rule.points > leading->points)
                    leading = &rule;
            }
        }
        if (leading != nullptr && leading->points * 3 < engagement)
            leading = nullptr;
        for (const RulePoints &rule : decision.rulePoints) {
            if (rule.points <= 0)
                continue;
            const auto index = context.scoreRuleIndex.constFind(rule.key);
            if (index == context.scoreRuleIndex.cend())
                continue;
            if (&rule == dominant)
                handoff.topRule = static_cast<int>(handoff.ruleCount);
            if (&rule == leading)
                handoff.leadingEngagementRule = *index;
            record.handoffRules.push_back(static_cast<quint16>(*index));
            ++handoff.ruleCount;
        }
    }
}

} // namespace baton
