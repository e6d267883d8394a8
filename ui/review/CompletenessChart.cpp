#include "review/CompletenessChart.h"

#include "rejections/InboxText.h"
#include "review/ReviewText.h"

#include <cmath>

namespace baton {

CompletenessChart::CompletenessChart(QGraphicsItem *parent)
    : ReviewChart(tr("Complete context packages by campaign"), parent)
{}

void CompletenessChart::showGroups(const std::vector<GroupMetrics> &campaigns)
{
    QStringList categories;
    QList<qreal> values;
    QStringList details;
    std::vector<ReviewSlice> slices;
    for (const GroupMetrics &campaign : campaigns) {
        const PeriodMetrics &m = campaign.metrics;
        if (m.handedOver == 0)
            continue;
        categories << campaign.label;
        values << std::round(*m.completeness() * 100.0);
        details << tr("Campaign %1: %2 complete of %3 handoffs (%4)")
                       .arg(campaign.label, InboxText::number(m.complete), InboxText::number(m.handedOver),
                            ReviewText::rate(m.completeness()));
        slices.push_back({ReviewSlice::Dimension::Campaign, campaign.key});
        if (categories.size() == maxCampaigns)
            break;
    }
    setHorizontalBars(categories, values, 100.0, QStringLiteral("@value%"), details, slices);
}

} // namespace baton
