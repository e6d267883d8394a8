#pragma once

#include "agreement/SlaTier.h"
#include "domain/EngagementEvent.h"

#include <optional>
#include <span>
#include <vector>

namespace baton {

/// Picks a lead's SLA tier: the first tier, in order, that the lead matches.
class SlaTierSelector {
public:
    /// A tier matches when the lead has one of its events, or its total score reaches the tier's
    /// minimum; a tier with neither condition matches every lead. The index, or nullopt when none.
    static std::optional<size_t> select(const std::vector<SlaTier> &tiers, int totalScore,
                                        std::span<const EngagementEvent> events);
};

} // namespace baton
