#include "review/OwnerSlaChart.h"

#include "rejections/InboxText.h"
#include "review/ReviewText.h"

#include <cmath>

namespace baton {

OwnerSlaChart::OwnerSlaChart(QGraphicsItem *parent)
    : ReviewChart(tr("SLA compliance by owner"), parent)
{}

void OwnerSlaChart::showGroups(const std::vector<GroupMetrics> &owners)
{
    QStringList categories;
    QList<qreal> values;
    QStringList details;
    std::vector<ReviewSlice> slices;
    for (const GroupMetrics &owner : owners) {
        const PeriodMetrics &m = owner.metrics;
        const int judged = m.slaMet + m.slaMissed + m.slaBreached;
        if (judged == 0)
            continue;
        categories << owner.label;
        values << std::round(*m.slaCompliance() * 100.0);
        details << tr("Owner %1: %2 met of %3 (%4); %5 missed, %6 breached, %7 still running")
                       .arg(owner.label, InboxText::number(m.slaMet), InboxText::number(judged),
                            ReviewText::rate(m.slaCompliance()), InboxText::number(m.slaMissed),
                            InboxText::number(m.slaBreached), InboxText::number(m.slaPending));
        slices.push_back({ReviewSlice::Dimension::Owner, owner.key});
        if (categories.size() == maxOwners)
            break;
    }
    setHorizontalBars(categories, values, 100.0, QStringLiteral("@value%"), details, slices);
}

} // namespace baton
