#pragma once

#include "domain/EventType.h"

#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// A response-time tier. Tiers are ordered; a lead falls in the first one it matches: it has one
/// of the tier's events, or its total score reaches minTotalScore. A tier with neither catches all.
struct SlaTier {
    QString name;            ///< "hot"; diffs match tiers by it
    int responseMinutes = 0; ///< the response window, in business minutes
    std::vector<EventType> events;
    std::optional<int> minTotalScore;

    bool operator==(const SlaTier &) const = default;
};

} // namespace baton
