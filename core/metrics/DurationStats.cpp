#include "metrics/DurationStats.h"

#include <algorithm>

namespace baton {

std::optional<qint64> DurationStats::nearestRank(const std::vector<qint64> &sorted, int percent)
{
    if (sorted.empty())
        return std::nullopt;
    const auto n = static_cast<qint64>(sorted.size());
    // ceil(percent × n / 100) in integers, at least rank 1.
    const qint64 rank = std::max<qint64>(1, (percent * n + 99) / 100);
    return sorted[static_cast<size_t>(std::min(rank, n) - 1)];
}

DurationStats DurationStats::of(std::vector<qint64> &seconds)
{
    std::sort(seconds.begin(), seconds.end());
    DurationStats stats;
    stats.count = static_cast<int>(seconds.size());
    stats.median = nearestRank(seconds, 50);
    stats.p90 = nearestRank(seconds, 90);
    return stats;
}

} // namespace baton
