#include "review/RejectionReasonsChart.h"

#include "rejections/InboxText.h"

#include <algorithm>

namespace baton {

RejectionReasonsChart::RejectionReasonsChart(QGraphicsItem *parent)
    : ReviewChart(tr("Rejection reasons"), parent)
{}

void RejectionReasonsChart::showReasons(const std::vector<ReasonCount> &reasons)
{
    int total = 0;
    for (const auto &reason : reasons)
        total += reason.count;
    QStringList categories;
    QList<qreal> values;
    QStringList details;
    std::vector<ReviewSlice> slices;
    int top = 0;
    for (const auto &[code, label, count] : reasons) {
        if (count == 0)
            continue;
        categories << label;
        values << count;
        top = std::max(top, count);
        details << tr("Reason %1: %2 of %3 rejections and disqualifications (%4)")
                       .arg(label, InboxText::number(count), InboxText::number(total),
                            InboxText::percent(static_cast<double>(count) / total));
        slices.push_back({ReviewSlice::Dimension::Reason, code});
        if (categories.size() == maxReasons)
            break;
    }
    setHorizontalBars(categories, values, top, QStringLiteral("@value"), details, slices);
}

} // namespace baton
