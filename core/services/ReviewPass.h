#pragma once

#include "common/Result.h"
#include "domain/User.h"
#include "metrics/ReviewFilter.h"
#include "metrics/ReviewHandoff.h"
#include "routing/Router.h"
#include "services/ReviewClocks.h"
#include "storage/MetricsRepository.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace baton {

class Database;

/// One pass over what the joint review counts in a span of time, narrowed by a filter: each
/// handoff with its clock (and its first contact in the owner's team's business time), the
/// handoffs from before the span whose clocks may still be stale in it, and the moves made
/// without contact.
class ReviewPass {
public:
    static Result<std::unique_ptr<ReviewPass>> open(Database &db, const ReviewFilter &filter);

    /// Called from as many threads as the pass has slices, each with its slice's index, so that
    /// each slice counts into its own tallies (merged once the pass is over).
    struct Visitor {
        std::function<void(int slice, const ReviewHandoff &, std::optional<qint64> businessSeconds)> handoff;
        std::function<void(int slice, const ReviewHandoff &)> earlierHandoff;
        std::function<void(int slice, const MetricsRepository::Move &)> move;
    };
    /// The most slices a pass is split into; a slice index is below this.
    static constexpr int maxSlices = 2;
    /// How many threads the pass may use (at most maxSlices); 0, the default, decides by the
    /// machine and the size of the span.
    void setThreads(int threads) { m_threads = threads; }

    /// `withRevenue`: read each lead's annual revenue (for a segment).
    Result<void> run(const QDateTime &from, const QDateTime &to, bool withRevenue, const Visitor &visitor);

    const std::vector<User> &users() const { return m_users; }
    /// The time zone of a team's calendar; none for a team the routing setup does not name.
    std::optional<QTimeZone> teamZone(const QString &team) const;

private:
    ReviewPass(Database &db, const ReviewFilter &filter, RoutingConfig config, std::vector<User> users);
    bool keeps(qint64 campaignId, std::optional<qint64> ownerId, const std::optional<qint64> &revenue) const;
    bool keepsLead(qint64 campaignId, const std::optional<qint64> &revenue) const;
    bool keepsOwner(std::optional<qint64> ownerId) const;
    int slicesFor(size_t clocks) const;
    /// The handoffs of [from, to) on `db`, with their clocks and first contacts in `router`'s calendars.
    Result<void> readHandoffs(Database &db, qint64 from, qint64 to, bool withRevenue,
                              const ReviewClocks &clocks, const Router &router, int slice,
                              const Visitor &visitor) const;
    /// The handoffs from before `from` that may be stale in the span, and the moves without contact.
    Result<void> readOthers(Database &db, const QDateTime &from, const QDateTime &to, bool withRevenue,
                            int slice, const Visitor &visitor) const;

    Database &m_db;
    ReviewFilter m_filter;
    RoutingConfig m_config;
    std::vector<User> m_users;
    Router m_router;
    int m_threads = 0;
    std::unordered_map<qint64, QString> m_teams;
};

} // namespace baton
