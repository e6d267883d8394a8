#pragma once

#include "metrics/MetricKey.h"

#include <optional>

namespace baton {

/// A target both teams agree for one of the joint review's metrics: at least or at most a value.
/// Rates are fractions (0.6 for 60%), times are seconds (business time for first contact),
/// counts are counts.
struct MetricTarget {
    enum class Bound { AtLeast, AtMost };

    MetricKey metric = MetricKey::AcceptanceRate;
    Bound bound = Bound::AtLeast;
    double value = 0;

    bool operator==(const MetricTarget &) const = default;
    /// Whether a measured value meets the target.
    bool isMetBy(double measured) const
    {
        return bound == Bound::AtLeast ? measured >= value : measured <= value;
    }
};

} // namespace baton
