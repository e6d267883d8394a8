#pragma once

#include "domain/EventType.h"

#include <vector>

namespace baton {

/// When a nurture lead becomes an MQL: fit >= minFit and engagement >= minEngagement,
/// or any one of the fast-track events (e.g. a demo request) whatever the scores.
struct MqlRule {
    int minFit = 0;
    int minEngagement = 0;
    std::vector<EventType> fastTrackEvents;

    bool operator==(const MqlRule &) const = default;
};

} // namespace baton
