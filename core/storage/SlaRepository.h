#pragma once

#include "common/Result.h"
#include "sla/EscalationStep.h"
#include "sla/SlaClock.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace baton {

class Database;
class Statement;

/// All of the SLA's SQL: each handoff's clock and the escalation steps taken.
class SlaRepository {
public:
    explicit SlaRepository(Database &db)
        : m_db(db)
    {}

    /// Stores a new clock; the lead's place in the queue follows its due time while it runs.
    Result<void> insertClock(const SlaClock &clock);
    /// The due time the queue orders the lead by (none: by its handoff).
    Result<void> setLeadDue(qint64 leadId, const std::optional<QDateTime> &dueAt);
    /// The clock of the lead's latest handoff.
    Result<std::optional<SlaClock>> latestFor(qint64 leadId);
    /// Running clocks due in [from, until], soonest first (from the sla_clocks_running index).
    Result<std::vector<SlaClock>> runningDueBetween(const QDateTime &from, const QDateTime &until,
                                                    int limit = 100'000);
    /// Running clocks of one owner due at or before `until`, soonest first.
    Result<std::vector<SlaClock>> runningForOwnerDueBy(qint64 ownerId, const QDateTime &until,
                                                       int limit = 1000);
    /// How many running clocks fall due in [from, to]: the cheap question a timer asks.
    Result<qint64> countRunningDueBetween(const QDateTime &from, const QDateTime &to);
    /// Stops the lead's running clock at a meaningful contact; false when none was running.
    Result<bool> stop(qint64 leadId, const QDateTime &at, qint64 activityId);
    /// Closes the lead's running clock: it left the queue.
    Result<void> close(qint64 leadId, const QDateTime &at);
    /// A new owner for the lead's running clock; the first assignment's time is kept. A clock that
    /// had nobody's calendar gets `dueOnFirstAssignment` (in its first owner's) when given.
    Result<void> assign(qint64 handoffId, qint64 ownerId, const QDateTime &at,
                        const std::optional<QDateTime> &dueOnFirstAssignment = std::nullopt);

    /// Records a step once: false when that step was already taken for the handoff.
    Result<bool> insertStep(const EscalationStep &step);
    Result<std::vector<EscalationStep>> stepsFor(qint64 leadId);
    /// Steps addressed to a person (as owner or manager) since a time, newest first.
    Result<std::vector<EscalationStep>> stepsForPerson(qint64 userId, const QDateTime &since,
                                                       int limit = 200);

private:
    Result<std::vector<SlaClock>> readClocks(Statement &s);
    Result<std::vector<EscalationStep>> readSteps(Statement &s);

    Database &m_db;
};

} // namespace baton
