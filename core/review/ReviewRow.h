#pragma once

#include "metrics/PeriodMetrics.h"

#include <QString>

namespace baton {

/// One row of the review's metrics by week, campaign, segment or owner.
struct ReviewRow {
    QString key;   ///< "2026-03-09", a campaign's or owner's id, a segment's name
    QString label; ///< what a person reads: the week, the campaign's or owner's name
    PeriodMetrics metrics;
};

} // namespace baton
