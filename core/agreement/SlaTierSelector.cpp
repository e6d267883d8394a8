#include "agreement/SlaTierSelector.h"

#include <algorithm>

namespace baton {
namespace {

bool hasEvent(const SlaTier &tier, std::span<const EngagementEvent> events)
{
    return std::any_of(events.begin(), events.end(), [&tier](const EngagementEvent &event) {
        return std::find(tier.events.begin(), tier.events.end(), event.type) != tier.events.end();
    });
}

} // namespace

std::optional<size_t> SlaTierSelector::select(const std::vector<SlaTier> &tiers, int totalScore,
                                              std::span<const EngagementEvent> events)
{
    for (size_t i = 0; i < tiers.size(); ++i) {
        const SlaTier &tier = tiers[i];
        if (tier.events.empty() && !tier.minTotalScore)
            return i;
        if (hasEvent(tier, events) || (tier.minTotalScore && totalScore >= *tier.minTotalScore))
            return i;
    }
    return std::nullopt;
}

} // namespace baton
