#pragma once

#include "common/Result.h"
#include "domain/User.h"
#include "metrics/ReviewFilter.h"
#include "metrics/ReviewHandoff.h"
#include "routing/Router.h"
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

    struct Visitor {
        std::function<void(const ReviewHandoff &, std::optional<qint64> businessSeconds)> handoff;
        std::function<void(const ReviewHandoff &)> earlierHandoff;
        std::function<void(const MetricsRepository::Move &)> move;
    };
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
    std::optional<qint64> businessSeconds(const ReviewHandoff &handoff) const;

    Database &m_db;
    ReviewFilter m_filter;
    RoutingConfig m_config;
    std::vector<User> m_users;
    Router m_router;
    std::unordered_map<qint64, QString> m_teams;
};

} // namespace baton
