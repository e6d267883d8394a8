#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace baton {

/// The median and the 90th percentile of some durations in seconds, by the nearest-rank method:
/// the p-th percentile of n sorted values is the value at rank ceil(p/100 × n).
struct DurationStats {
    int count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;

    /// Reorders the values in place.
    static DurationStats of(std::vector<qint64> &seconds);
    /// The value at rank ceil(percent/100 × n), selected in place (the values are
    /// reordered); none when there are none.
    static std::optional<qint64> nearestRankIn(std::vector<qint64> &seconds, int percent);

    bool operator==(const DurationStats &) const = default;
};

} // namespace baton
