#pragma once

#include "metrics/MetricKey.h"

#include <QString>

#include <optional>

namespace baton {

/// A metric's number in words, the same in the app and in batonctl: rates as "48%" (one
/// decimal under 10%), times as "2 h 5 min", counts as counts.
class MetricText {
public:
    /// A value as metricValue() gives it (rates as fractions, times in seconds).
    static QString value(MetricKey key, double value);
    static QString rate(double share);
    static QString duration(qint64 seconds);
    static QString count(qint64 count);
    /// "≥ 60%", "≤ 4 h": a target's bound and value.
    static QString bound(MetricKey key, bool atLeast, double value);
};

} // namespace baton
