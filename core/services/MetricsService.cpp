#include "services/MetricsService.h"

#include "metrics/MetricsAccumulator.h"
#include "metrics/ReviewWeeks.h"
#include "routing/Router.h"
#include "routing/RoutingCondition.h"
#include "routing/RoutingConfigJson.h"
#include "storage/DefinitionRepository.h"
#include "storage/MetricsRepository.h"
#include "storage/RoutingRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>
#include <limits>
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

/// Who the review narrows to, and the calendars business time is counted in.
class Narrowing {
public:
    Narrowing(const ReviewFilter &filter, const std::vector<User> &users, const Router &router)
        : m_filter(filter)
        , m_router(router)
    {
        for (const User &user : users)
            m_teams.emplace(user.id, user.team);
    }

    bool keeps(qint64 campaignId, std::optional<qint64> ownerId, const std::optional<qint64> &revenue) const
    {
        if (m_filter.campaignId && campaignId != *m_filter.campaignId)
            return false;
        if (m_filter.segment && RoutingCondition::segmentOf(revenue.value_or(0)) != *m_filter.segment)
            return false;
        if (m_filter.ownerId && ownerId != m_filter.ownerId)
            return false;
        if (m_filter.team) {
            const auto found = ownerId ? m_teams.find(*ownerId) : m_teams.end();
            if (found == m_teams.end() || found->second != *m_filter.team)
                return false;
        }
        return true;
    }

    std::optional<qint64> businessSeconds(const ReviewHandoff &handoff) const
    {
        if (!handoff.firstContactAt)
            return std::nullopt;
        return m_router.slaCalendarOf(handoff.ownerId)
            .businessSecondsBetween(QDateTime::fromSecsSinceEpoch(handoff.at, QTimeZone::utc()),
                                    QDateTime::fromSecsSinceEpoch(*handoff.firstContactAt, QTimeZone::utc()));
    }

private:
    const ReviewFilter &m_filter;
    const Router &m_router;
    std::unordered_map<qint64, QString> m_teams;
};

/// The instants E at which a handoff is a stale MQL: started and due before E, and no contact,
/// closing, acceptance or other outcome before it; that is lo < E <= hi.
struct StaleSpan {
    qint64 lo = 0;
    qint64 hi = 0;
};

std::optional<StaleSpan> staleSpan(const ReviewHandoff &h)
{
    if (!h.hasClock || !h.dueAt)
        return std::nullopt;
    StaleSpan span{std::max(h.at, *h.dueAt), std::numeric_limits<qint64>::max()};
    for (const std::optional<qint64> &ended : {h.firstContactAt, h.closedAt, h.acceptedAt, h.outcomeAt}) {
        if (ended)
            span.hi = std::min(span.hi, *ended);
    }
    if (span.hi <= span.lo)
        return std::nullopt;
    return span;
}

Result<RoutingConfig> routingConfig(Database &db)
{
    auto stored = RoutingRepository(db).config();
    if (!stored)
        return stored.error();
    if (!*stored)
        return RoutingConfig{};
    return RoutingConfigJson::fromJson((*stored)->body, QStringLiteral("the stored routing configuration"));
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

    auto config = routingConfig(m_db);
    if (!config)
        return config.error();
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    const Router router(*config, *users);
    const Narrowing narrowing(filter, *users, router);
    const bool withRevenue = filter.segment.has_value();

    MetricsRepository repository(m_db);
    std::unordered_map<qint64, MetricsRepository::Clock> clocks;
    BATON_TRY(repository.forEachClock(readFrom, review.to, [&](const MetricsRepository::Clock &clock) {
        clocks.emplace(clock.handoffId, clock);
    }));

    MetricsAccumulator current(countedAt);
    MetricsAccumulator previous(countedAt);
    std::vector<MetricsAccumulator> weeks(spans.weekStarts.size(), MetricsAccumulator(countedAt));
    const auto into = [&](qint64 at, auto &&add) {
        if (at >= spans.from && at < spans.to)
            add(current);
        else if (at >= spans.previousFrom && at < spans.from)
            add(previous);
        if (const int week = spans.weekOf(at); week >= 0)
            add(weeks[static_cast<size_t>(week)]);
    };

    // Stale at the end of each span (the period, the one before, each week): the ends in (lo, hi].
    const auto countStale = [&](const ReviewHandoff &h) {
        const auto span = staleSpan(h);
        if (!span)
            return;
        if (span->lo < spans.to && spans.to <= span->hi)
            current.addStale();
        if (span->lo < spans.from && spans.from <= span->hi)
            previous.addStale();
        const auto &starts = spans.weekStarts;
        // Week i ends at starts[i + 1] (the last at `to`): the first to end after lo.
        const auto after = std::upper_bound(starts.begin(), starts.end(), span->lo) - starts.begin();
        for (auto week = static_cast<size_t>(std::max<std::ptrdiff_t>(0, after - 1)); week < weeks.size();
             ++week) {
            const qint64 end = spans.weekEnd(week);
            if (end > span->hi)
                break;
            if (end > span->lo)
                weeks[week].addStale();
        }
    };

    BATON_TRY(repository.forEachHandoff(readFrom, review.to, withRevenue, [&](const ReviewHandoff &read) {
        ReviewHandoff handoff = read;
        if (const auto found = clocks.find(handoff.id); found != clocks.end()) {
            const MetricsRepository::Clock &clock = found->second;
            handoff.hasClock = true;
            handoff.ownerId = clock.ownerId;
            handoff.assignedAt = clock.assignedAt;
            handoff.firstContactAt = clock.firstContactAt;
            handoff.dueAt = clock.dueAt;
            handoff.closedAt = clock.closedAt;
        }
        if (!narrowing.keeps(handoff.campaignId, handoff.ownerId, handoff.annualRevenue))
            return;
        const std::optional<qint64> business = narrowing.businessSeconds(handoff);
        into(handoff.at, [&](MetricsAccumulator &bucket) { bucket.add(handoff, business); });
        countStale(handoff);
    }));

    // Handoffs started before the first span read above may still be stale in it.
    BATON_TRY(repository.forEachStaleCandidate(readFrom, readFrom, withRevenue, [&](const ReviewHandoff &h) {
        if (narrowing.keeps(h.campaignId, h.ownerId, h.annualRevenue))
            countStale(h);
    }));

    BATON_TRY(
        repository.forEachMoveWithoutContact(readFrom, review.to, [&](const MetricsRepository::Move &move) {
            const std::optional<qint64> mover =
                move.userId == 0 ? std::nullopt : std::optional<qint64>(move.userId);
            if (!narrowing.keeps(move.campaignId, mover, move.annualRevenue))
                return;
            into(move.at, [](MetricsAccumulator &bucket) { bucket.addMoveWithoutContact(); });
        }));

    review.current = current.finish();
    review.previous = previous.finish();
    for (size_t week = 0; week < weeks.size(); ++week) {
        WeekMetrics &out = review.weeks.emplace_back();
        out.monday = spans.mondays[week];
        out.from = QDateTime::fromSecsSinceEpoch(spans.weekStarts[week], QTimeZone::utc());
        out.to = QDateTime::fromSecsSinceEpoch(spans.weekEnd(week), QTimeZone::utc());
        out.metrics = weeks[week].finish();
    }

    auto effective = DefinitionRepository(m_db).effective();
    if (!effective)
        return effective.error();
    if (*effective) {
        review.definitionNumber = (*effective)->number;
        review.timeToAgreementSeconds = (*effective)->timeToAgreementSeconds();
    }
    return review;
}

} // namespace baton
