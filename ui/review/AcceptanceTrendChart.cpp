#include "review/AcceptanceTrendChart.h"

#include "rejections/InboxText.h"
#include "review/ReviewText.h"

#include <QBarCategoryAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace baton {

AcceptanceTrendChart::AcceptanceTrendChart(QGraphicsItem *parent)
    : ReviewChart(tr("Acceptance rate (MQL to SAL) by week"), parent)
{}

void AcceptanceTrendChart::showWeeks(const std::vector<WeekMetrics> &weeks, int thisYear)
{
    reset();
    m_line = nullptr;
    QStringList categories;
    QStringList details;
    auto *line = new QLineSeries;
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    line->setPointLabelsClipping(false);
    line->setColor(QColor(0x25, 0x63, 0xeb));
    QPen pen = line->pen();
    pen.setWidth(3);
    line->setPen(pen);
    bool any = false;
    for (std::size_t index = 0; index < weeks.size(); ++index) {
        const WeekMetrics &week = weeks[index];
        const PeriodMetrics &m = week.metrics;
        categories << ReviewText::week(week.monday, thisYear);
        if (const auto rate = m.acceptanceRate()) {
            line->append(static_cast<qreal>(index), std::round(*rate * 100.0));
            any = true;
        }
        details << tr("Week of %1: %2 handed over; acceptance %3 (%4 accepted of %5 decided); "
                      "SLA compliance %6; first contact median %7 (business time)")
                       .arg(ReviewText::week(week.monday, thisYear), InboxText::number(m.handedOver),
                            ReviewText::rate(m.acceptanceRate()), InboxText::number(m.accepted),
                            InboxText::number(m.decided()), ReviewText::rate(m.slaCompliance()),
                            ReviewText::duration(m.firstContactBusiness.median));
    }
    // Each week's point stands on all of that week's handoffs.
    setDetails(categories, details, std::vector<ReviewSlice>(weeks.size()));
    setEmpty(!any);
    addSeries(line);
    m_line = line;

    auto *weekAxis = new QBarCategoryAxis;
    for (const QString &category : categories)
        weekAxis->append(axisLabel(category, QStringLiteral(" "))); // "9<br>Mar": a dozen weeks fit
    weekAxis->setLabelsFont(smallFont(weekAxis->labelsFont()));
    addAxis(weekAxis, Qt::AlignBottom);
    line->attachAxis(weekAxis);
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setTickCount(6);
    rateAxis->setLabelFormat(QStringLiteral("%d%%"));
    addAxis(rateAxis, Qt::AlignLeft);
    line->attachAxis(rateAxis);
    connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) { pick(qRound(point.x())); });
}

} // namespace baton
