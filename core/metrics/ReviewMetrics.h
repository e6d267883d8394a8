#pragma once

#include "agreement/MetricTarget.h"
#include "metrics/PeriodMetrics.h"
#include "metrics/ReviewFilter.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace baton {

/// One week of a review's series: from Monday 00:00 in the review's time zone, seven days.
struct WeekMetrics {
    QDate monday;
    QDateTime from;
    QDateTime to;
    PeriodMetrics metrics;
};

/// What the joint review shows: the period's numbers, the same for the period of the same length
/// just before it, the weekly series that ends with the period's last week (at least 12 weeks),
/// and how long the effective definition took to agree.
struct ReviewMetrics {
    QDateTime from;
    QDateTime to;
    QTimeZone zone;
    ReviewFilter filter;
    QDateTime countedAt; ///< clocks still running are judged at this time
    PeriodMetrics current;
    PeriodMetrics previous;
    std::vector<WeekMetrics> weeks;
    std::optional<int> definitionNumber;          ///< the effective definition's
    std::optional<qint64> timeToAgreementSeconds; ///< its first draft to its second signature
    /// The targets both teams agreed: the effective definition's, or the built-in ones before any.
    std::vector<MetricTarget> targets;
};

} // namespace baton
