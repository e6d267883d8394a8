#pragma once

#include "common/Result.h"
#include "domain/EngagementEvent.h"
#include "domain/Handoff.h"

#include <optional>

namespace baton {

class Clock;
class Database;

/// What recording one event did.
struct EventOutcome {
    qint64 eventId = 0;
    std::optional<Handoff> handoff; ///< set when the event made the lead an MQL
};

/// Where engagement events arrive (batonctl, imports): each is stored, and a lead marketing holds
/// that now meets the effective MQL rule is handed over in the same transaction, with the event
/// as its buying signal.
class EventService {
public:
    EventService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// Stores the event (its leadId names the lead; id is ignored). An event later than now is
    /// refused: engagement that has not happened yet cannot be scored.
    Result<EventOutcome> record(const EngagementEvent &event);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
