#pragma once

#include "metrics/PeriodMetrics.h"
#include "review/ReviewChart.h"

#include <array>

namespace baton {

/// How long first contacts took in business time, as a histogram of the period's contacts. The
/// bars are coloured by the SLA window of the built-in tiers they fall within (hot 15, warm 240,
/// cool 480 business minutes), so the share answered in time for each tier shows at a glance.
class ContactHistogramChart : public ReviewChart {
    Q_OBJECT

public:
    struct Window {
        QString tier;
        int minutes = 0;
    };
    /// The response windows of the built-in tiers, shortest first.
    static const std::array<Window, 3> &windows();

    explicit ContactHistogramChart(QGraphicsItem *parent = nullptr);

    void showMetrics(const PeriodMetrics &metrics);

    /// "< 5 min", "5–15 min", … "16 h+": the bar of this index of firstContactHistogram.
    static QString barLabel(int index);
    /// The shortest window of windows() the whole bar falls within; windows().size() for none.
    static int windowOf(int index);
};

} // namespace baton
