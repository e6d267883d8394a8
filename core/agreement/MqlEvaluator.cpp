#include "agreement/MqlEvaluator.h"

#include "agreement/EngagementTally.h"

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
    EngagementTally tally(m_scorer);
    for (const EngagementEvent &event : eventsInTimeOrder) {
        tally.add(event);
        const bool fastTrack = isFastTrack(event.type);
        if (!fastTrack && !fitEnough)
            continue;
        const int engagement = tally.pointsAt(event.occurredAt.toMSecsSinceEpoch());
        if (!fastTrack && engagement < rule.minEngagement)
            continue;
        return MqlCrossing{event.occurredAt, event, fastTrack, fit, engagement, fit + engagement};
    }
    return std::nullopt;
}

} // namespace baton
