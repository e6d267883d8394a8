#pragma once

#include "metrics/PeriodMetrics.h"
#include "review/ReviewChart.h"

namespace baton {

/// The period's funnel as horizontal bars: handed over, accepted by sales, converted to a
/// qualified opportunity.
class FunnelChart : public ReviewChart {
    Q_OBJECT

public:
    explicit FunnelChart(QGraphicsItem *parent = nullptr);

    void showMetrics(const PeriodMetrics &metrics);
};

} // namespace baton
