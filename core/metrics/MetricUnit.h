#pragma once

#include "metrics/MetricKey.h"

namespace baton {

/// What a metric's number is, as metricValue() gives it and as a target holds it.
enum class MetricUnit {
    Count,     ///< a number of leads or moves
    Rate,      ///< a fraction, 0.6 for 60%
    Duration,  ///< seconds (business time for first contact)
    NotANumber ///< a breakdown (rejection reasons): no single value, no target
};

MetricUnit metricUnit(MetricKey key);

/// Whether the agreement can set a target for the metric: every one counted as one number per
/// period (not the rejection reasons, a breakdown, nor the time to agreement, which belongs to
/// the definition rather than to a week).
bool metricTakesTarget(MetricKey key);

/// Whether a lower value is the better one (times, stale MQLs, moves without contact,
/// rejections); the bound a new target for the metric starts with follows from it.
bool metricLowerIsBetter(MetricKey key);

} // namespace baton
