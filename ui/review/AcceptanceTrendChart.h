#pragma once

#include "metrics/ReviewMetrics.h"
#include "review/ReviewChart.h"

#include <vector>

class QLineSeries;

namespace baton {

/// The acceptance rate (MQL to SAL) week by week, as a line with a point per week that had
/// decisions; a week's point says that week's numbers when clicked.
class AcceptanceTrendChart : public ReviewChart {
    Q_OBJECT

public:
    explicit AcceptanceTrendChart(QGraphicsItem *parent = nullptr);

    /// The weeks oldest first; a week's label carries its year when it is not `thisYear`.
    void showWeeks(const std::vector<WeekMetrics> &weeks, int thisYear);
    /// The line; null before the first weeks are shown.
    QLineSeries *line() const { return m_line; }

private:
    QLineSeries *m_line = nullptr;
};

} // namespace baton
