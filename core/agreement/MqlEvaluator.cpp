#include "agreement/MqlEvaluator.h"

#include "agreement/CrossingSearch.h"

namespace baton {

std::optional<MqlCrossing>
MqlEvaluator::firstCrossing(const Lead &lead, std::span<const EngagementEvent> eventsInTimeOrder) const
{
    CrossingSearch search(m_scorer);
    search.start(lead);
    for (const EngagementEvent &event : eventsInTimeOrder) {
        if (search.add(event.type, event.occurredAt.toMSecsSinceEpoch(), event.detail)) {
            return MqlCrossing{event.occurredAt,    event,
                               search.fastTrack(),  search.fit(),
                               search.engagement(), search.fit() + search.engagement()};
        }
    }
    return std::nullopt;
}

} // namespace baton
