#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/User.h"
#include "metrics/ReviewFilter.h"
#include "metrics/ReviewMetrics.h"

#include <QDateTime>
#include <QTimeZone>

#include <map>
#include <vector>

namespace baton {

class Database;

/// How `breakdown` splits a period's handoffs: by campaign (key: its id, 0 for none), by segment
/// (smb, mid_market, enterprise; empty for an unknown revenue) or by owner (user id, 0 nobody).
enum class ReviewGrouping { Campaign, Segment, Owner };

/// One row of a breakdown.
struct GroupMetrics {
    QString key;
    QString label;
    PeriodMetrics metrics;
};

/// The joint review's numbers, as docs/metrics.md defines them: a period's handoffs (and the
/// period of the same length before it, and at least 12 weeks of weekly series ending with the
/// period's last week), their response clocks, the MQLs gone stale and the moves made without
/// contact, read in one pass over each and counted in memory (a large span by two readers side
/// by side).
class MetricsService {
public:
    MetricsService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    static constexpr int seriesWeeks = 12;

    /// How many threads a review may read with (see ReviewPass::setThreads); 0 decides by the
    /// machine and the span. The numbers are the same whichever.
    void setThreads(int threads) { m_threads = threads; }

    /// [from, to); weeks begin on Monday 00:00 in `zone`.
    Result<ReviewMetrics> review(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                 const ReviewFilter &filter = {});
    /// The period's metrics per campaign, segment or owner, most handoffs first.
    Result<std::vector<GroupMetrics>> breakdown(const QDateTime &from, const QDateTime &to,
                                                const ReviewFilter &filter, ReviewGrouping by);

    /// The time zone a team's weeks begin in (its calendar's); none for a team without one.
    Result<std::optional<QTimeZone>> teamZone(const QString &team);

private:
    Result<std::map<QString, QString>> groupLabels(ReviewGrouping by, const std::vector<User> &users);

    Database &m_db;
    const Clock &m_clock;
    int m_threads = 0;
};

} // namespace baton
