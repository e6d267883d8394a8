#include "services/MetricsService.h"

#include "metrics/MetricsAccumulator.h"
#include "metrics/ReviewWeeks.h"
#include "metrics/StaleSpan.h"
#include "routing/RoutingCondition.h"
#include "services/ReviewPass.h"
#include "storage/CampaignRepository.h"
#include "storage/DefinitionRepository.h"

#include <algorithm>
#include <unordered_map>

namespace baton {
namespace {

/// The spans a review counts in: the period, the one before it, and the weeks of the series.
struct Spans {
    qint64 from = 0;
    qint64 to = 0;
    qint64 previousFrom = 0;
    std::vector<qint64> weekStarts; ///< and `to` closes the last week
    std::vector<QDate> mondays;

    qint64 readFrom() const { return std::min(previousFrom, weekStarts.front()); }
    /// The week `at` falls in, or -1.
    int weekOf(qint64 at) const
    {
        if (at < weekStarts.front() || at >= to)
            return -1;
        const auto next = std::upper_bound(weekStarts.begin(), weekStarts.end(), at);
        return static_cast<int>(next - weekStarts.begin()) - 1;
    }
    qint64 weekEnd(size_t week) const { return week + 1 < weekStarts.size() ? weekStarts[week + 1] : to; }
};

Spans spansOf(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    Spans spans;
    spans.from = from.toSecsSinceEpoch();
    spans.to = to.toSecsSinceEpoch();
    spans.previousFrom = spans.from - (spans.to - spans.from);
    const QDate last = ReviewWeeks::mondayOf(to.addSecs(-1), zone);
    const QDate first =
        std::min(ReviewWeeks::mondayOf(from, zone), last.addDays(-7 * (MetricsService::seriesWeeks - 1)));
    for (QDate monday = first; monday <= last; monday = monday.addDays(7)) {
        spans.mondays.push_back(monday);
        spans.weekStarts.push_back(ReviewWeeks::start(monday, zone).toSecsSinceEpoch());
    }
    return spans;
}

} // namespace

Result<ReviewMetrics> MetricsService::review(const QDateTime &from, const QDateTime &to,
                                             const QTimeZone &zone, const ReviewFilter &filter)
{
    if (!(from < to))
        return Error{ErrorKind::InvalidInput, QStringLiteral("The review's period ends before it starts.")};
    ReviewMetrics review;
    review.from = from.toUTC();
    review.to = to.toUTC();
    review.zone = zone;
    review.filter = filter;
    review.countedAt = m_clock.now();
    const qint64 countedAt = review.countedAt.toSecsSinceEpoch();
    const Spans spans = spansOf(review.from, review.to, zone);
    const QDateTime readFrom = QDateTime::fromSecsSinceEpoch(spans.readFrom(), QTimeZone::utc());

    auto pass = ReviewPass::open(m_db, filter);
    if (!pass)
        return pass.error();

    // Each slice of the pass counts into its own tallies; they are merged once it is over.
    struct Tally {
        MetricsAccumulator current;
        MetricsAccumulator previous;
        std::vector<MetricsAccumulator> weeks;
    };
    std::vector<Tally> tallies;
    for (int slice = 0; slice < ReviewPass::maxSlices; ++slice)
        tallies.push_back(
            {MetricsAccumulator(countedAt), MetricsAccumulator(countedAt),
             std::vector<MetricsAccumulator>(spans.weekStarts.size(), MetricsAccumulator(countedAt))});
    const auto into = [&](Tally &tally, qint64 at, auto &&add) {
        if (at >= spans.from && at < spans.to)
            add(tally.current);
        else if (at >= spans.previousFrom && at < spans.from)
            add(tally.previous);
        if (const int week = spans.weekOf(at); week >= 0)
            add(tally.weeks[static_cast<size_t>(week)]);
    };
    // Stale at the end of each span (the period, the one before, each week): the ends in (lo, hi].
    const auto countStale = [&](Tally &tally, const ReviewHandoff &h) {
        const auto span = StaleSpan::of(h);
        if (!span)
            return;
        if (span->contains(spans.to))
            tally.current.addStale();
        if (span->contains(spans.from))
            tally.previous.addStale();
        const auto &starts = spans.weekStarts;
        // Week i ends at starts[i + 1] (the last at `to`): start from the first to end after lo.
        const auto after = std::upper_bound(starts.begin(), starts.end(), span->lo) - starts.begin();
        for (auto week = static_cast<size_t>(std::max<std::ptrdiff_t>(0, after - 1));
             week < tally.weeks.size(); ++week) {
            const qint64 end = spans.weekEnd(week);
            if (end > span->hi)
                break;
            if (span->contains(end))
                tally.weeks[week].addStale();
        }
    };

    ReviewPass::Visitor visitor;
    visitor.handoff = [&](int slice, const ReviewHandoff &handoff, std::optional<qint64> business) {
        Tally &tally = tallies[static_cast<size_t>(slice)];
        into(tally, handoff.at, [&](MetricsAccumulator &bucket) { bucket.add(handoff, business); });
        countStale(tally, handoff);
    };
    visitor.earlierHandoff = [&](int slice, const ReviewHandoff &handoff) {
        countStale(tallies[static_cast<size_t>(slice)], handoff);
    };
    visitor.move = [&](int slice, const MetricsRepository::Move &move) {
        into(tallies[static_cast<size_t>(slice)], move.at,
             [](MetricsAccumulator &bucket) { bucket.addMoveWithoutContact(); });
    };
    (*pass)->setThreads(m_threads);
    BATON_TRY((*pass)->run(readFrom, review.to, filter.segment.has_value(), visitor));

    Tally &all = tallies.front();
    for (size_t slice = 1; slice < tallies.size(); ++slice) {
        Tally &other = tallies[slice];
        all.current.merge(std::move(other.current));
        all.previous.merge(std::move(other.previous));
        for (size_t week = 0; week < all.weeks.size(); ++week)
            all.weeks[week].merge(std::move(other.weeks[week]));
    }
    review.current = all.current.finish();
    review.previous = all.previous.finish();
    for (size_t week = 0; week < all.weeks.size(); ++week) {
        WeekMetrics &out = review.weeks.emplace_back();
        out.monday = spans.mondays[week];
        out.from = QDateTime::fromSecsSinceEpoch(spans.weekStarts[week], QTimeZone::utc());
        out.to = QDateTime::fromSecsSinceEpoch(spans.weekEnd(week), QTimeZone::utc());
        out.metrics = all.weeks[week].finish();
    }

    auto effective = DefinitionRepository(m_db).effective();
    if (!effective)
        return effective.error();
    if (*effective) {
        review.definitionNumber = (*effective)->number;
        review.timeToAgreementSeconds = (*effective)->timeToAgreementSeconds();
        review.targets = (*effective)->definition.targets;
    } else {
        review.targets = Definition::defaults().targets;
    }
    return review;
}

Result<std::vector<GroupMetrics>> MetricsService::breakdown(const QDateTime &from, const QDateTime &to,
                                                            const ReviewFilter &filter, ReviewGrouping by)
{
    if (!(from < to))
        return Error{ErrorKind::InvalidInput, QStringLiteral("The review's period ends before it starts.")};
    auto pass = ReviewPass::open(m_db, filter);
    if (!pass)
        return pass.error();
    const qint64 countedAt = m_clock.now().toSecsSinceEpoch();
    const qint64 end = to.toSecsSinceEpoch();
    // Each slice of the pass counts into its own groups; they are merged once it is over.
    std::vector<std::map<QString, MetricsAccumulator>> slices(ReviewPass::maxSlices);
    const auto group = [&](int slice, qint64 campaignId, std::optional<qint64> owner,
                           const std::optional<qint64> &revenue) -> MetricsAccumulator & {
        QString key;
        switch (by) {
        case ReviewGrouping::Campaign:
            key = QString::number(campaignId);
            break;
        case ReviewGrouping::Segment:
            key = RoutingCondition::segmentOf(revenue.value_or(0));
            break;
        case ReviewGrouping::Owner:
            key = QString::number(owner.value_or(0));
            break;
        }
        return slices[static_cast<size_t>(slice)].try_emplace(key, countedAt).first->second;
    };
    ReviewPass::Visitor visitor;
    visitor.handoff = [&](int slice, const ReviewHandoff &handoff, std::optional<qint64> business) {
        MetricsAccumulator &bucket = group(slice, handoff.campaignId, handoff.ownerId, handoff.annualRevenue);
        bucket.add(handoff, business);
        if (const auto span = StaleSpan::of(handoff); span && span->contains(end))
            bucket.addStale();
    };
    visitor.earlierHandoff = [&](int slice, const ReviewHandoff &handoff) {
        if (const auto span = StaleSpan::of(handoff); span && span->contains(end))
            group(slice, handoff.campaignId, handoff.ownerId, handoff.annualRevenue).addStale();
    };
    visitor.move = [&](int slice, const MetricsRepository::Move &move) {
        const std::optional<qint64> mover =
            move.userId == 0 ? std::nullopt : std::optional<qint64>(move.userId);
        group(slice, move.campaignId, mover, move.annualRevenue).addMoveWithoutContact();
    };
    (*pass)->setThreads(m_threads);
    BATON_TRY(
        (*pass)->run(from.toUTC(), to.toUTC(), by == ReviewGrouping::Segment || filter.segment, visitor));
    std::map<QString, MetricsAccumulator> &groups = slices.front();
    for (size_t slice = 1; slice < slices.size(); ++slice) {
        for (auto &[key, bucket] : slices[slice])
            groups.try_emplace(key, countedAt).first->second.merge(std::move(bucket));
    }

    auto labels = groupLabels(by, (*pass)->users());
    if (!labels)
        return labels.error();
    std::vector<GroupMetrics> rows;
    for (auto &[key, bucket] : groups) {
        GroupMetrics &row = rows.emplace_back();
        row.key = key;
        const auto label = labels->find(key);
        row.label = label != labels->end() ? label->second : key;
        row.metrics = bucket.finish();
    }
    std::stable_sort(rows.begin(), rows.end(), [](const GroupMetrics &a, const GroupMetrics &b) {
        return a.metrics.handedOver > b.metrics.handedOver;
    });
    return rows;
}

Result<std::optional<QTimeZone>> MetricsService::teamZone(const QString &team)
{
    auto pass = ReviewPass::open(m_db, {});
    if (!pass)
        return pass.error();
    return (*pass)->teamZone(team);
}

Result<std::map<QString, QString>> MetricsService::groupLabels(ReviewGrouping by,
                                                               const std::vector<User> &users)
{
    std::map<QString, QString> labels;
    switch (by) {
    case ReviewGrouping::Campaign: {
        auto campaigns = CampaignRepository(m_db).all();
        if (!campaigns)
            return campaigns.error();
        labels.emplace(QStringLiteral("0"), QStringLiteral("No campaign"));
        for (const Campaign &campaign : *campaigns)
            labels.emplace(QString::number(campaign.id), campaign.name);
        break;
    }
    case ReviewGrouping::Segment:
        labels = {{QString(), QStringLiteral("Unknown revenue")},
                  {QStringLiteral("smb"), QStringLiteral("SMB (under 10 M)")},
                  {QStringLiteral("mid_market"), QStringLiteral("Mid-market (10 M to 1 B)")},
                  {QStringLiteral("enterprise"), QStringLiteral("Enterprise (1 B and more)")}};
        break;
    case ReviewGrouping::Owner:
        labels.emplace(QStringLiteral("0"), QStringLiteral("Nobody"));
        for (const User &user : users)
            labels.emplace(QString::number(user.id), user.name);
        break;
    }
    return labels;
}

} // namespace baton
