#include "review/FunnelChart.h"

#include "rejections/InboxText.h"
#include "review/ReviewText.h"

namespace baton {

FunnelChart::FunnelChart(QGraphicsItem *parent)
    : ReviewChart(tr("Funnel: handed over \u2192 accepted \u2192 converted"), parent)
{}

void FunnelChart::showMetrics(const PeriodMetrics &metrics)
{
    if (metrics.handedOver == 0) {
        setHorizontalBars({}, {}, 0, {}, {}, {});
        return;
    }
    const QString handed = InboxText::number(metrics.handedOver);
    const QString accepted = InboxText::number(metrics.accepted);
    const QString converted = InboxText::number(metrics.converted);
    setHorizontalBars(
        {tr("Handed over"), tr("Accepted (SAL)"), tr("Converted (SQL)")},
        {qreal(metrics.handedOver), qreal(metrics.accepted), qreal(metrics.converted)}, metrics.handedOver,
        QStringLiteral("@value"),
        {tr("Handed over: %1 leads, %2 of them decided by sales")
             .arg(handed, InboxText::number(metrics.decided())),
         tr("Accepted: %1 of %2 decided (%3), %4 of the %5 handed over")
             .arg(accepted, InboxText::number(metrics.decided()), ReviewText::rate(metrics.acceptanceRate()),
                  ReviewText::rate(PeriodMetrics::ratio(metrics.accepted, metrics.handedOver)), handed),
         tr("Converted: %1 of %2 accepted (%3), %4 of the %5 handed over")
             .arg(converted, accepted, ReviewText::rate(metrics.salToSql()),
                  ReviewText::rate(metrics.mqlToSql()), handed)},
        {ReviewSlice{}, ReviewSlice{ReviewSlice::Dimension::Accepted, {}},
         ReviewSlice{ReviewSlice::Dimension::Converted, {}}});
}

} // namespace baton
