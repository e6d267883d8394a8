#include "review/ReviewTiles.h"

#include "metrics/MetricValue.h"
#include "rejections/InboxText.h"
#include "review/ReviewTile.h"

#include <QGridLayout>

#include <algorithm>

namespace baton {
namespace {

constexpr int defaultColumns = 6;

QString tileTitle(MetricKey key)
{
    switch (key) {
    case MetricKey::HandedOver:
        return ReviewTiles::tr("Handed over");
    case MetricKey::AcceptanceRate:
        return ReviewTiles::tr("Acceptance (MQL to SAL)");
    case MetricKey::SalToSql:
        return ReviewTiles::tr("SAL to SQL");
    case MetricKey::MqlToSql:
        return ReviewTiles::tr("MQL to SQL");
    case MetricKey::FirstContactMedian:
        return ReviewTiles::tr("First contact, median");
    case MetricKey::FirstContactP90:
        return ReviewTiles::tr("First contact, 90th pct");
    case MetricKey::SlaCompliance:
        return ReviewTiles::tr("SLA compliance");
    case MetricKey::Completeness:
        return ReviewTiles::tr("Complete context");
    case MetricKey::StaleMqls:
        return ReviewTiles::tr("Stale MQLs");
    case MetricKey::MovesWithoutContact:
        return ReviewTiles::tr("Moves without contact");
    case MetricKey::TimeToAgreement:
        return ReviewTiles::tr("Time to agreement");
    default:
        return metricKeyLabel(key);
    }
}

/// The change's line under a tile's number: "+3.2 pts against 61%".
ReviewChange againstBefore(ReviewChange change, const QString &before)
{
    change.text = change.text.isEmpty() ? ReviewTiles::tr("nothing to compare with")
                                        : ReviewTiles::tr("%1 against %2").arg(change.text, before);
    return change;
}

} // namespace

ReviewTiles::ReviewTiles(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (MetricKey key : keys()) {
        auto *tile = new ReviewTile(tileTitle(key), this);
        tile->setToolTip(metricKeyLabel(key));
        tile->setMinimumWidth(150);
        m_tiles.emplace(key, tile);
    }
    setColumns(defaultColumns);
}

void ReviewTiles::setColumns(int count)
{
    count = std::max(1, count);
    if (count == m_columns)
        return;
    auto *grid = static_cast<QGridLayout *>(layout());
    for (const auto &[key, shown] : m_tiles)
        grid->removeWidget(shown);
    for (int column = 0; column < std::max(count, m_columns); ++column)
        grid->setColumnStretch(column, column < count ? 1 : 0);
    int index = 0;
    for (MetricKey key : keys()) {
        grid->addWidget(m_tiles.at(key), index / count, index % count);
        ++index;
    }
    m_columns = count;
}

const std::vector<MetricKey> &ReviewTiles::keys()
{
    static const std::vector<MetricKey> shown{MetricKey::HandedOver,         MetricKey::AcceptanceRate,
                                              MetricKey::SalToSql,           MetricKey::MqlToSql,
                                              MetricKey::SlaCompliance,      MetricKey::Completeness,
                                              MetricKey::FirstContactMedian, MetricKey::FirstContactP90,
                                              MetricKey::StaleMqls,          MetricKey::MovesWithoutContact,
                                              MetricKey::TimeToAgreement};
    return shown;
}

ReviewTile *ReviewTiles::tile(MetricKey key) const
{
    const auto found = m_tiles.find(key);
    return found == m_tiles.end() ? nullptr : found->second;
}

void ReviewTiles::showMetrics(const ReviewMetrics &metrics)
{
    const PeriodMetrics &now = metrics.current;
    const PeriodMetrics &before = metrics.previous;
    showCount(
        MetricKey::HandedOver, now.handedOver, before.handedOver, false,
        tr("%1 accepted, %2 rejected").arg(InboxText::number(now.accepted), InboxText::number(now.rejected)));
    showRate(MetricKey::AcceptanceRate, now.acceptanceRate(), before.acceptanceRate(),
             tr("%1 of %2 decided").arg(InboxText::number(now.accepted), InboxText::number(now.decided())));
    showRate(MetricKey::SalToSql, now.salToSql(), before.salToSql(),
             tr("%1 of %2 accepted").arg(InboxText::number(now.converted), InboxText::number(now.accepted)));
    showRate(
        MetricKey::MqlToSql, now.mqlToSql(), before.mqlToSql(),
        tr("%1 of %2 handed over").arg(InboxText::number(now.converted), InboxText::number(now.handedOver)));
    showRate(MetricKey::SlaCompliance, now.slaCompliance(), before.slaCompliance(),
             tr("%1 met of %2 judged")
                 .arg(InboxText::number(now.slaMet),
                      InboxText::number(now.slaMet + now.slaMissed + now.slaBreached)));
    tile(MetricKey::SlaCompliance)
        ->setToolTip(
            tr("%1: %2 met by the due time, %3 missed, %4 breached and still running, %5 not due yet")
                .arg(metricKeyLabel(MetricKey::SlaCompliance), InboxText::number(now.slaMet),
                     InboxText::number(now.slaMissed), InboxText::number(now.slaBreached),
                     InboxText::number(now.slaPending)));
    showRate(MetricKey::Completeness, now.completeness(), before.completeness(),
             tr("%1 of %2 handoffs").arg(InboxText::number(now.complete), InboxText::number(now.handedOver)));
    showDuration(MetricKey::FirstContactMedian, now.firstContactBusiness.median,
                 before.firstContactBusiness.median, now.firstContactWall.median,
                 before.firstContactWall.median);
    showDuration(MetricKey::FirstContactP90, now.firstContactBusiness.p90, before.firstContactBusiness.p90,
                 now.firstContactWall.p90, before.firstContactWall.p90);
    showCount(MetricKey::StaleMqls, now.staleMqls, before.staleMqls, true, tr("untouched past due"));
    showCount(MetricKey::MovesWithoutContact, now.movesWithoutContact, before.movesWithoutContact, true,
              tr("from MQL or SAL"));

    showTargets(metrics);

    ReviewTile *agreement = tile(MetricKey::TimeToAgreement);
    if (metrics.timeToAgreementSeconds) {
        agreement->setNumbers(
            ReviewText::duration(metrics.timeToAgreementSeconds),
            {tr("definition version %1").arg(metrics.definitionNumber.value_or(0)), ReviewTrend::Unknown},
            tr("first draft to both signatures"));
    } else {
        agreement->setNumbers(QStringLiteral("\u2014"),
                              {tr("not signed by both teams"), ReviewTrend::Unknown},
                              tr("no agreed definition yet"));
    }
}

void ReviewTiles::showTargets(const ReviewMetrics &metrics)
{
    for (const auto &[key, shown] : m_tiles)
        shown->setTarget({}, false);
    for (const MetricTarget &target : metrics.targets) {
        ReviewTile *shown = tile(target.metric);
        if (shown == nullptr)
            continue;
        const QString value = ReviewText::value(target.metric, target.value);
        const QString bound = target.bound == MetricTarget::Bound::AtLeast ? QStringLiteral("\u2265 ")
                                                                           : QStringLiteral("\u2264 ");
        const auto measured = metricValue(metrics.current, target.metric);
        const bool missed = measured && !target.isMetBy(*measured);
        shown->setTarget(missed ? tr("target %1%2, missed").arg(bound, value)
                                : tr("target %1%2").arg(bound, value),
                         missed);
    }
}

void ReviewTiles::showPending(const QString &words)
{
    for (const auto &[key, tile] : m_tiles)
        tile->setPending(words);
}

void ReviewTiles::showRate(MetricKey key, const std::optional<double> &now,
                           const std::optional<double> &before, const QString &detail)
{
    const ReviewChange change = ReviewText::rateChange(now, before);
    tile(key)->setNumbers(ReviewText::rate(now), againstBefore(change, ReviewText::rate(before)), detail);
}

void ReviewTiles::showCount(MetricKey key, int now, int before, bool lowerIsBetter, const QString &detail)
{
    const ReviewChange change = ReviewText::countChange(now, before, lowerIsBetter);
    tile(key)->setNumbers(InboxText::number(now), againstBefore(change, InboxText::number(before)), detail);
}

void ReviewTiles::showDuration(MetricKey key, const std::optional<qint64> &now,
                               const std::optional<qint64> &before, const std::optional<qint64> &wall,
                               const std::optional<qint64> &wallBefore)
{
    // Two durations do not fit a tile's line: the one before is in the tooltip.
    ReviewChange change = ReviewText::durationChange(now, before);
    if (change.text.isEmpty())
        change.text = tr("nothing to compare with");
    ReviewTile *shown = tile(key);
    shown->setNumbers(ReviewText::duration(now), change, tr("wall time %1").arg(ReviewText::duration(wall)));
    shown->setToolTip(
        tr("%1, in business time (the owner's team's working hours): %2, the period before %3.\n"
           "In wall time: %4, the period before %5.")
            .arg(metricKeyLabel(key), ReviewText::duration(now), ReviewText::duration(before),
                 ReviewText::duration(wall), ReviewText::duration(wallBefore)));
}

} // namespace baton
