#include "agreement/MqlEvaluator.h"

#include <algorithm>

namespace baton {

bool MqlEvaluator::isFastTrack(EventType type) const
{
    const auto &fast = m_scorer.definition().mqlRule.fastTrackEvents;
    return std::find(fast.begin(), fast.end(), type) != fast.end();
}

std::optional<MqlCrossing>
MqlEvaluator::firstCrossing(const Lead &lead, std::span<const EngagementEvent> eventsInTimeOrder) const
{
    const MqlRule &rule = m_scorer.definition().mqlRule;
    const int fit = m_scorer.fitPoints(lead);
    const bool fitEnough = fit >= rule.minFit;
    for (size_t i = 0; i < eventsInTimeOrder.size(); ++i) {
        const EngagementEvent &event = eventsInTimeOrder[i];
        const bool fastTrack = isFastTrack(event.type);
        if (!fastTrack && !fitEnough)
            continue;
        const int engagement = m_scorer.engagementPoints(eventsInTimeOrder.first(i + 1), event.occurredAt);
        if (!fastTrack && engagement < rule.minEngagement)
            continue;
        return MqlCrossing{event.occurredAt, event, fastTrack, fit, engagement, fit + engagement};
    }
    return std::nullopt;
}

} // namespace baton
