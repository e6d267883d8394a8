#include "review/ContactHistogramChart.h"

#include "rejections/InboxText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace baton {
namespace {

constexpr auto &edges = PeriodMetrics::contactBucketMinutes;
constexpr int barCount = static_cast<int>(edges.size()) + 1;

QString minutesText(int minutes)
{
    return minutes < 60 ? QString::number(minutes) : QString::number(minutes / 60);
}

const std::array<QColor, 4> bandColours{QColor(0x15, 0x80, 0x3d), QColor(0x25, 0x63, 0xeb),
                                        QColor(0xd9, 0x77, 0x06), QColor(0x9c, 0xa3, 0xaf)};

} // namespace

const std::array<ContactHistogramChart::Window, 3> &ContactHistogramChart::windows()
{
    static const std::array<Window, 3> tiers{Window{QStringLiteral("hot"), 15},
                                             Window{QStringLiteral("warm"), 240},
                                             Window{QStringLiteral("cool"), 480}};
    return tiers;
}

ContactHistogramChart::ContactHistogramChart(QGraphicsItem *parent)
    : ReviewChart(tr("Time to first contact (business time)"), parent)
{
    legend()->setVisible(true);
    legend()->setAlignment(Qt::AlignBottom);
}

QString ContactHistogramChart::barLabel(int index)
{
    if (index <= 0)
        return tr("< %1 min").arg(edges.front());
    if (index >= barCount - 1)
        return tr("%1 h+").arg(edges.back() / 60);
    const int lower = edges[index - 1];
    const int upper = edges[index];
    if (upper <= 60)
        return tr("%1\u2013%2 min").arg(lower).arg(upper);
    return tr("%1\u2013%2 h").arg(minutesText(lower), minutesText(upper));
}

int ContactHistogramChart::windowOf(int index)
{
    const auto &tiers = windows();
    if (index >= barCount - 1)
        return static_cast<int>(tiers.size());
    const int upper = edges[index];
    for (std::size_t window = 0; window < tiers.size(); ++window) {
        if (upper <= tiers[window].minutes)
            return static_cast<int>(window);
    }
    return static_cast<int>(tiers.size());
}

void ContactHistogramChart::showMetrics(const PeriodMetrics &metrics)
{
    reset();
    const auto &bars = metrics.firstContactHistogram;
    int total = 0;
    for (int count : bars)
        total += count;
    setEmpty(total == 0);

    QStringList categories;
    QStringList details;
    const auto &tiers = windows();
    for (int index = 0; index < barCount; ++index) {
        categories << barLabel(index);
        const int window = windowOf(index);
        const QString within = window < static_cast<int>(tiers.size())
                                   ? tr("within the %1 tier's %2 business minutes")
                                         .arg(tiers[window].tier)
                                         .arg(tiers[window].minutes)
                                   : tr("past every built-in tier's window");
        details << tr("First contact after %1 (business time): %2 of %3 contacts (%4), %5")
                       .arg(categories.last(), InboxText::number(bars[index]), InboxText::number(total),
                            InboxText::percent(total > 0 ? static_cast<double>(bars[index]) / total : 0.0),
                            within);
    }
    std::vector<ReviewSlice> slices;
    for (int index = 0; index < barCount; ++index)
        slices.push_back({ReviewSlice::Dimension::ContactBucket, QString::number(index)});
    setDetails(categories, details, slices);

    // One set per window, stacked: a bar carries its count in the set of its window only.
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    for (std::size_t window = 0; window <= tiers.size(); ++window) {
        const QString name =
            window < tiers.size()
                ? tr("within %1 (%2)")
                      .arg(tiers[window].tier, window == 0 ? tr("%1 min").arg(tiers[window].minutes)
                                                           : tr("%1 h").arg(tiers[window].minutes / 60))
                : tr("later");
        auto *set = new QBarSet(name);
        set->setColor(bandColours[window]);
        set->setBorderColor(bandColours[window]);
        for (int index = 0; index < barCount; ++index)
            set->append(windowOf(index) == static_cast<int>(window) ? bars[index] : 0);
        series->append(set);
        connect(set, &QBarSet::clicked, this, &ContactHistogramChart::pick);
    }
    addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    for (const QString &category : categories)
        categoryAxis->append(axisLabel(category, QStringLiteral(" ")));
    categoryAxis->setLabelsFont(smallFont(categoryAxis->labelsFont()));
    addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    const int top = *std::max_element(bars.begin(), bars.end());
    valueAxis->setRange(0, std::max(top, 1));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->applyNiceNumbers();
    addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
}

} // namespace baton
