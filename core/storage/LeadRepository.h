#pragma once

#include "common/Result.h"
#include "domain/Activity.h"
#include "domain/EngagementEvent.h"
#include "domain/Lead.h"
#include "domain/LeadCard.h"
#include "domain/Opportunity.h"
#include "domain/StageChange.h"

#include <optional>
#include <vector>

namespace baton {

class Database;

/// Reads and writes leads and their history. Writes expect a transaction opened by the caller.
class LeadRepository {
public:
    explicit LeadRepository(Database &db)
        : m_db(db)
    {}

    Result<Lead> find(qint64 id);
    /// Everything the context card shows, in one call.
    Result<LeadCard> card(qint64 id);
    Result<std::vector<EngagementEvent>> events(qint64 leadId);
    Result<std::vector<StageChange>> history(qint64 leadId);
    Result<std::vector<Activity>> activities(qint64 leadId);
    Result<std::optional<Opportunity>> opportunity(qint64 leadId);
    /// Whether its stage moved on from mql or sal with no meaningful contact behind it, and no
    /// meaningful contact was logged since.
    Result<bool> movedWithoutContact(qint64 leadId);

    /// Leads for listing: by stage and/or owner, newest first, at most limit.
    Result<std::vector<Lead>> list(std::optional<Stage> stage, std::optional<qint64> ownerId, int limit);

    /// Stores a new lead and its creation in the history; returns its id.
    Result<qint64> insert(const Lead &lead);
    Result<qint64> insertEvent(const EngagementEvent &event);
    Result<qint64> insertActivity(const Activity &activity);
    Result<void> insertOpportunity(const Opportunity &opportunity);

    /// Moves the lead to change.to, appends the change to its history and bumps its version.
    /// Fails with Conflict when the stored version is not expectedVersion.
    /// ownerId and handoffAt, when given, are set as part of the same move; so is the due time the
    /// queue orders it by (leads.sla_due_at): slaDueAt at a handoff; other moves out of the open
    /// stages clear it.
    Result<void> applyStageChange(const StageChange &change, qint64 expectedVersion,
                                  std::optional<qint64> ownerId = std::nullopt,
                                  const std::optional<QDateTime> &handoffAt = std::nullopt,
                                  std::optional<QDate> revisitOn = std::nullopt,
                                  const std::optional<QDateTime> &slaDueAt = std::nullopt);
    /// Bumps the version after a change that is not a stage move (an activity).
    Result<void> touch(qint64 leadId, qint64 expectedVersion);
    /// A meaningful contact came after all: the lead's stage has something behind it now.
    Result<void> clearMovedWithoutContact(qint64 leadId);
    /// A new owner (none: unassigned), bumping the version; with `expectedVersion`, fails with
    /// Conflict when the lead changed since it was read.
    Result<void> setOwner(qint64 leadId, std::optional<qint64> ownerId,
                          std::optional<qint64> expectedVersion = std::nullopt);

private:
    /// The id of this detail text in event_details, added when it is new; nullopt for no detail.
    Result<std::optional<qint64>> detailId(const QString &detail);

    Database &m_db;
};

} // namespace baton
