#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "sla/EscalationStep.h"
#include "sla/SlaClock.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The response clocks at work: the escalation path applied at a moment (warn the owner before
/// the due time, alert owner and manager at it, take the lead back to the pool after a further
/// delay), each step once and recorded with its time; and what a person's alerts are now.
class SlaService {
public:
    SlaService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// How far back `check` looks for clocks still running: older ones are left alone.
    static constexpr int lookBackDays = 7;

    /// Applies every escalation step due at `at` (in one transaction) and returns those it took
    /// now, in order; a step already taken is not taken again, and a warning whose due time has
    /// already passed is not given (the breach says it).
    Result<std::vector<EscalationStep>> check(const QDateTime &at);

    /// The clock of the lead's latest handoff, if it has one.
    Result<std::optional<SlaClock>> clockFor(qint64 leadId);
    Result<std::vector<EscalationStep>> stepsFor(qint64 leadId);

    /// One of a person's leads that needs them now.
    struct Alert {
        SlaClock clock;
        SlaState state = SlaState::OnTrack;
    };
    /// The person's running clocks that are due soon or breached at `at`, soonest first.
    Result<std::vector<Alert>> alertsFor(qint64 userId, const QDateTime &at);
    /// Escalation steps addressed to a person (as owner, manager or new owner) since a time.
    Result<std::vector<EscalationStep>> stepsForPerson(qint64 userId, const QDateTime &since);
    /// How many running clocks fall due in the next `seconds` after `at`: the timer's question.
    Result<qint64> dueWithin(const QDateTime &at, int seconds);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
