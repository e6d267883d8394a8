#pragma once

#include "common/Result.h"
#include "domain/Campaign.h"
#include "domain/Lead.h"
#include "routing/Router.h"
#include "storage/DomainOwnerPrefetch.h"
#include "storage/RoutingRepository.h"

#include <QDateTime>
#include <QHash>

#include <array>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace baton {

class Database;

/// Routing inside one write transaction: reads the configuration, the people and the counts
/// once, then decides and stores lead after lead (the decision with its reason, the new owner),
/// and writes the round-robin credits back at finish(). For a single handoff or a batch of
/// thousands alike.
class RoutingSession {
public:
    static Result<std::unique_ptr<RoutingSession>> open(Database &db, const QDateTime &now);

    const Router &router() const { return *m_router; }
    const RoutingConfig &config() const { return m_config; }
    RoutingState &state() { return m_state; }

    /// What routing asks about a lead: its campaign's name, its tier and score, and who owns its
    /// company already (a named account, else another lead from its domain, by company or e-mail
    /// domain; free e-mail providers are no company).
    Result<RoutingLead> describe(const Lead &lead, const QString &tier, int totalScore);

    /// For a batch about to be routed in this order: starts looking up who owns the companies of
    /// these leads on a second reader beside this session's writes, where the file allows one.
    /// The first call must come before this transaction changes any lead, later ones may follow
    /// the batches before; the answers are the ones the session's own connection would give.
    void prefetchOwners(const std::vector<Lead> &batch);

    struct Request {
        RoutingRecord::Kind kind = RoutingRecord::Kind::Route;
        std::optional<qint64> handoffId;
        std::optional<qint64> actorId;
        std::optional<qint64> excludeUserId;   ///< not to this person
        std::optional<QString> pool;           ///< straight to this pool ("" = fallback), no rules
        std::optional<qint64> expectedVersion; ///< the lead's version, when a person asked for it
        bool recordUnassigned = true;          ///< store a decision that found nobody
    };
    /// Decides, stores the decision and the lead's new owner (when someone can take it).
    Result<RoutingDecision> route(const Lead &lead, const QString &tier, int totalScore,
                                  const Request &request);
    /// Only decides (the counters move on as if it were stored): for a caller that writes the
    /// owner itself, with the rest of the lead's change.
    Result<RoutingDecision> decide(const Lead &lead, const QString &tier, int totalScore,
                                   const Request &request);
    /// Stores a decision made by decide(), without touching the lead.
    Result<void> store(const Lead &lead, const RoutingDecision &decision, const Request &request);
    /// Stores an assignment a person made (or a handoff to a named owner) as a decision.
    Result<void> recordManual(const Lead &lead, qint64 assigneeId, RoutingRecord::Kind kind,
                              std::optional<qint64> handoffId, std::optional<qint64> actorId,
                              const QString &reason);

    Result<void> finish();

private:
    /// Who owns this company domain already, by its latest lead other than `leadId`.
    Result<std::optional<qint64>> lookUpOwner(const QString &domain, qint64 leadId);

    /// describe() for the domains of the lead, already normalized.
    Result<RoutingLead> describe(const Lead &lead, const QString &tier, int totalScore,
                                 const std::array<QString, 2> &domains);

    RoutingSession(Database &db, QDateTime now)
        : m_db(db)
        , m_now(std::move(now))
    {}

    Database &m_db;
    QDateTime m_now;
    RoutingConfig m_config;
    std::unique_ptr<Router> m_router;
    RoutingState m_state;
    std::unordered_map<qint64, QString> m_campaigns;
    std::unordered_map<QString, qint64> m_accounts; ///< named accounts: domain → owner id
    /// Owners found for domains from their leads, and those this session gave leads to. A QHash
    /// keeps its entries in spans, where a node map reads a node too for each of a batch's
    /// tens of thousands of domains.
    QHash<QString, std::optional<qint64>> m_domainOwners;
    std::unique_ptr<DomainOwnerPrefetch> m_prefetch; ///< the batch's lookups, done ahead
    QHash<QString, size_t> m_prefetched;             ///< domain → its number in m_prefetch
    bool m_prefetchDeclined = false;                 ///< no second reader for this session
};

} // namespace baton
