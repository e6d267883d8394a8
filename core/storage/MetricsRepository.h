#pragma once

#include "common/Result.h"
#include "metrics/ReviewHandoff.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <string>

namespace baton {

class Database;

/// What the joint review counts, read in a few passes: the handoffs of a span of time, their
/// response clocks, the clocks that may have gone stale, and the moves made without contact.
class MetricsRepository {
public:
    explicit MetricsRepository(Database &db)
        : m_db(db)
    {}

    /// The handoff query: from the feedback index alone, or joined to the leads for their revenue.
    static std::string handoffsSql(bool withRevenue);

    /// Handoffs in [from, to) without their clocks (hasClock false); with the lead's annual
    /// revenue when `withRevenue`.
    Result<void> forEachHandoff(const QDateTime &from, const QDateTime &to, bool withRevenue,
                                const std::function<void(const ReviewHandoff &)> &visit);

    struct Clock {
        qint64 handoffId = 0;
        qint64 startedAt = 0; ///< the handoff's time
        std::optional<qint64> ownerId;
        std::optional<qint64> assignedAt;
        std::optional<qint64> firstContactAt;
        std::optional<qint64> dueAt;
        std::optional<qint64> closedAt;
    };
    /// The response clocks started in [from, to), in the table's own order.
    Result<void> forEachClock(const QDateTime &from, const QDateTime &to,
                              const std::function<void(const Clock &)> &visit);

    /// Handoffs with their clocks started before `startedBefore` and still untouched, unclosed
    /// and undecided at `from`: the ones that may be stale at some instant from then on. `at` is
    /// the clock's start.
    Result<void> forEachStaleCandidate(const QDateTime &from, const QDateTime &startedBefore,
                                       bool withRevenue,
                                       const std::function<void(const ReviewHandoff &)> &visit);

    struct Move {
        qint64 at = 0;
        qint64 userId = 0; ///< 0: nobody recorded
        qint64 campaignId = 0;
        std::optional<qint64> annualRevenue;
    };
    /// Moves on from mql or sal in [from, to) with no meaningful contact behind them.
    Result<void> forEachMoveWithoutContact(const QDateTime &from, const QDateTime &to,
                                           const std::function<void(const Move &)> &visit);

private:
    Database &m_db;
};

} // namespace baton
