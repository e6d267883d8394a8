#pragma once

#include "common/Result.h"
#include "routing/RoutingDecision.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace baton {

class Database;

/// The stored routing configuration document and its version, for optimistic concurrency.
struct StoredRoutingConfig {
    QByteArray body;
    qint64 version = 0;
    QDateTime updatedAt;
    std::optional<qint64> updatedBy;
};

/// One routing decision as kept: who, why, and what kind of decision it was.
struct RoutingRecord {
    enum class Kind {
        Route,      ///< at handoff, or a lead that waited unassigned
        Reroute,    ///< a manager ran the rules again
        Reassign,   ///< a manager chose the owner by hand
        Escalation, ///< the escalation path took it from an owner who did not respond
    };
    qint64 id = 0;
    qint64 leadId = 0;
    std::optional<qint64> handoffId;
    QDateTime decidedAt;
    Kind kind = Kind::Route;
    std::optional<qint64> assigneeId;
    std::optional<qint64> previousOwnerId;
    QString ruleName;
    int rulePosition = 0;
    QString reason;
    std::optional<qint64> decidedBy;

    static QString kindName(Kind kind); ///< "route", "reroute", "reassign", "escalation"
};

/// All of routing's SQL: the configuration, the round-robin credits, the decisions, and the
/// counts routing consults (open leads per person, recent assignments, account owners).
class RoutingRepository {
public:
    explicit RoutingRepository(Database &db)
        : m_db(db)
    {}

    Result<std::optional<StoredRoutingConfig>> config();
    /// Stores a new body; fails with Conflict when the stored version is not `expectedVersion`
    /// (0: none stored yet). Returns the new version.
    Result<qint64> saveConfig(const QByteArray &body, qint64 expectedVersion, const QDateTime &at,
                              std::optional<qint64> by);

    Result<std::map<std::pair<QString, qint64>, qint64>> credits();
    Result<void> saveCredits(const std::map<std::pair<QString, qint64>, qint64> &credits);

    /// Open leads (mql or sal) per owner.
    Result<std::unordered_map<qint64, int>> openLeadsByOwner();
    /// Assignments since `since`, counted per assignee and quarter of an hour. Every time zone's
    /// midnight falls on a quarter hour, so each slot lies within one local day wherever it is read.
    struct AssignmentSlot {
        qint64 assigneeId = 0;
        QDateTime from; ///< the quarter hour's start, UTC
        int count = 0;
    };
    Result<std::vector<AssignmentSlot>> assignmentsSince(const QDateTime &since);
    /// The owner of the most recently handed-over lead from this company domain, other than `leadId`,
    /// that is still with sales (mql, sal or sql).
    Result<std::optional<qint64>> ownerOfDomain(const QString &domain, qint64 leadId);
    /// The two most recently handed-over leads from this company domain that are still with sales
    /// and owned, latest first: ownerOfDomain's answer for any one lead, asked once.
    struct DomainLead {
        qint64 leadId = 0;
        qint64 ownerId = 0;
    };
    Result<std::vector<DomainLead>> latestOwnedOfDomain(const QString &domain);

    Result<qint64> insertDecision(const RoutingRecord &record);
    Result<std::vector<RoutingRecord>> decisionsFor(qint64 leadId);
    /// Open leads that nobody owns, most urgent first.
    Result<std::vector<qint64>> unassignedLeads(int limit);

private:
    Database &m_db;
};

} // namespace baton
