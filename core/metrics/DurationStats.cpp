#include "metrics/DurationStats.h"

#include <algorithm>

namespace baton {

std::optional<qint64> DurationStats::nearestRankIn(std::vector<qint64> &seconds, int percent)
{
    if (seconds.empty())
        return std::nullopt;
    const auto n = static_cast<qint64>(seconds.size());
    const qint64 rank = std::max<qint64>(1, (percent * n + 99) / 100);
    const auto at = seconds.begin() + (std::min(rank, n) - 1);
    std::nth_element(seconds.begin(), at, seconds.end());
    return *at;
}

DurationStats DurationStats::of(std::vector<qint64> &seconds)
{
    // Selection, not a sort: linear in the number of values.
    DurationStats stats;
    stats.count = static_cast<int>(seconds.size());
    stats.median = nearestRankIn(seconds, 50);
    stats.p90 = nearestRankIn(seconds, 90);
    return stats;
}

} // namespace baton
