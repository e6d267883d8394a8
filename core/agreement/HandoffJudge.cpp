#include "agreement/HandoffJudge.h"

#include "agreement/EngagementTally.h"

#include <algorithm>

namespace baton {
namespace {

/// The events at or before `at`: the span is in time order, so a prefix.
std::span<const EngagementEvent> upTo(std::span<const EngagementEvent> events, const QDateTime &at)
{
    const auto end =
        std::upper_bound(events.begin(), events.end(), at,
                         [](const QDateTime &t, const EngagementEvent &e) { return t < e.occurredAt; });
    return events.first(static_cast<size_t>(end - events.begin()));
}

} // namespace

bool HandoffJudge::isFastTrack(EventType type) const
{
    const auto &fast = m_scorer.definition().mqlRule.fastTrackEvents;
    return std::find(fast.begin(), fast.end(), type) != fast.end();
}

HandoffDecision HandoffJudge::decision(const Lead &lead, std::span<const EngagementEvent> events,
                                       const QDateTime &at, std::optional<EngagementEvent> signal,
                                       bool fastTrack) const
{
    HandoffDecision result;
    result.at = at;
    const auto known = upTo(events, at);
    result.fit = m_scorer.fitPoints(lead);
    result.engagement = m_scorer.engagementPoints(known, at);
    result.rulePoints = m_scorer.rulePoints(lead, known, at);
    result.fastTrack = fastTrack;
    result.context = ContextCompleteness::evaluate(lead, m_scorer.definition().requiredFields,
                                                   signal.has_value(), lead.campaignId.has_value());
    result.signal = std::move(signal);
    return result;
}

std::optional<HandoffDecision> HandoffJudge::onArrival(const Lead &lead,
                                                       std::span<const EngagementEvent> events,
                                                       size_t arrived, const QDateTime &now) const
{
    if (arrived >= events.size() || events[arrived].occurredAt > now)
        return std::nullopt;
    const EngagementEvent &event = events[arrived];
    const MqlRule &rule = m_scorer.definition().mqlRule;
    if (isFastTrack(event.type))
        return decision(lead, events, now, event, true);
    if (m_scorer.fitPoints(lead) < rule.minFit)
        return std::nullopt;
    if (m_scorer.engagementPoints(upTo(events, now), now) < rule.minEngagement)
        return std::nullopt;
    return decision(lead, events, now, event, false);
}

std::optional<size_t> HandoffJudge::runStart(std::span<const EngagementEvent> events, int minEngagement) const
{
    std::optional<size_t> start;
    EngagementTally tally(m_scorer);
    for (size_t i = 0; i < events.size(); ++i) {
        const qint64 at = events[i].occurredAt.toMSecsSinceEpoch();
        const bool before = i > 0 && tally.pointsAt(at) >= minEngagement;
        tally.add(events[i]);
        const bool after = tally.pointsAt(at) >= minEngagement;
        if (!after)
            start.reset();
        else if (!before || !start)
            start = i;
    }
    return start;
}

std::optional<HandoffDecision> HandoffJudge::reevaluate(const Lead &lead,
                                                        std::span<const EngagementEvent> events,
                                                        const QDateTime &since, const QDateTime &now) const
{
    const std::span<const EngagementEvent> known = upTo(events, now);
    for (size_t i = known.size(); i-- > 0;) {
        if (known[i].occurredAt < since)
            break;
        if (isFastTrack(known[i].type))
            return decision(lead, events, now, known[i], true);
    }
    const MqlRule &rule = m_scorer.definition().mqlRule;
    if (m_scorer.fitPoints(lead) < rule.minFit)
        return std::nullopt;
    if (m_scorer.engagementPoints(known, now) < rule.minEngagement)
        return std::nullopt;
    const std::optional<size_t> start = runStart(known, rule.minEngagement);
    return decision(lead, events, now, start ? std::optional(known[*start]) : std::nullopt, false);
}

HandoffDecision HandoffJudge::manual(const Lead &lead, std::span<const EngagementEvent> events,
                                     const QDateTime &at) const
{
    return decision(lead, events, at, std::nullopt, false);
}

HandoffDecision HandoffJudge::describe(const Lead &lead, std::span<const EngagementEvent> events,
                                       const QDateTime &at,
                                       const std::optional<EngagementEvent> &signal) const
{
    return decision(lead, events, at, signal, signal && isFastTrack(signal->type));
}

} // namespace baton
