#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Lead.h"
#include "routing/RoutingConfig.h"
#include "routing/RoutingDecision.h"
#include "storage/RoutingRepository.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The routing configuration and the decisions a person asks for: import, export and edit the
/// configuration (sales managers and admins), route the leads that wait unassigned, take a lead
/// from its owner by hand or run the rules on it again (managers only), explain a lead's routing,
/// and try a configuration on a sample lead before it is saved. Every front end goes through here.
class RoutingService {
public:
    RoutingService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Loaded {
        RoutingConfig config;
        qint64 version = 0; ///< 0: none stored yet
    };
    Result<Loaded> load();
    /// Checks that every person, pool and team it names exists, then stores it, if nobody else
    /// changed it since `expectedVersion` was read. Returns the new version.
    Result<qint64> save(const RoutingConfig &config, qint64 expectedVersion, qint64 actorId);
    /// The same, from a JSON file's content: nothing changes unless all of it is right.
    Result<qint64> importJson(const QByteArray &json, const QString &sourceName, qint64 actorId);
    /// Every problem of a configuration against this file's people, in words; empty when none.
    Result<std::vector<QString>> problems(const RoutingConfig &config);

    struct RoutedLead {
        qint64 leadId = 0;
        RoutingDecision decision;
    };
    /// Routes every handed-over lead nobody owns (at most `limit`), in one transaction.
    Result<std::vector<RoutedLead>> routePending(int limit = 10'000);
    /// routePending reads its leads in slices of this many, each given to the session's owner
    /// reader ahead of routing it.
    static constexpr size_t pendingSlice = 5'000;
    /// A manager gives the lead to a named person.
    Result<void> reassign(qint64 leadId, qint64 toUserId, qint64 actorId,
                          std::optional<qint64> expectedVersion = {});
    /// A manager runs the rules on the lead again (its current owner is not a candidate).
    Result<RoutingDecision> reroute(qint64 leadId, qint64 actorId,
                                    std::optional<qint64> expectedVersion = {});
    /// Every routing decision of a lead, oldest first.
    Result<std::vector<RoutingRecord>> explain(qint64 leadId);
    /// What `config` would decide for a sample lead now, without storing anything.
    Result<RoutingDecision> trial(const RoutingConfig &config, const Lead &lead, const QString &tier,
                                  int totalScore);

private:
    Result<void> requireManager(qint64 actorId, const QString &what);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
