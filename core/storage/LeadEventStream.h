#pragma once

#include "common/Result.h"
#include "domain/EngagementEvent.h"
#include "domain/Lead.h"
#include "storage/EventDetailCache.h"
#include "storage/Statement.h"

#include <QDate>
#include <QDateTime>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace baton {

class Database;

/// One lead of a pass with its events, oldest first (their campaigns are not read). Reused from lead to lead:
/// its strings and its event list keep their buffers.
struct LeadWithEvents {
    Lead lead;
    QDateTime stageSince; ///< when it entered its current stage
    std::vector<EngagementEvent> events;
    size_t eventCount = 0; ///< events[0, eventCount) are this lead's

    std::span<const EngagementEvent> leadEvents() const { return {events.data(), eventCount}; }
};

/// Which leads a pass reads.
struct LeadSelection {
    enum class Kind {
        MarketingHolds, ///< nurture, or recycled with the revisit date reached by `today`
        ActiveInWindow, ///< created before `to`, with an event or a handoff in [from, to)
    };
    Kind kind = Kind::MarketingHolds;
    QDate today;
    QDateTime from;
    QDateTime to; ///< also: only events before it are read (ActiveInWindow)
    /// Which event types' details are read; the others are left empty (a pass that only scores
    /// needs the details its rules' patterns look at).
    std::array<bool, allEventTypes.size()> detailsOf = allTypes();
    /// Whether the contact columns are read (name, e-mail, phone, company name and domain); a
    /// pass that only scores fit does not need them.
    bool contactDetails = true;
    /// Whether each event's id is read (a pass that only looks for when leads cross does not
    /// need it; each column read costs on every one of millions of rows).
    bool eventIds = true;
    /// Whether the pass's visitor reads each lead's events itself, as far as it needs them
    /// (LeadEventStream::nextEvent), instead of being given them all.
    bool eventsOnDemand = false;

    static std::array<bool, allEventTypes.size()> allTypes()
    {
        std::array<bool, allEventTypes.size()> all{};
        all.fill(true);
        return all;
    }
};

/// Reads the selected leads with their events in id order, within an id range, in one pass over
/// each: a cursor over the leads and one over the events_lead index (which holds every column a
/// pass reads, in lead order) move forward together; details come from their distinct texts. For the passes
/// over a whole file: re-evaluation and the impact preview.
class LeadEventStream {
public:
    static Result<LeadEventStream> open(Database &db, const LeadSelection &selection, qint64 firstId,
                                        qint64 lastId);
    /// The events query of a pass over `selection` (?1, ?2 the lead id range, ?3 its end time).
    static std::string eventsSql(const LeadSelection &selection);
    /// How many leads of the file a selection reads.
    static Result<qint64> count(Database &db, const LeadSelection &selection);
    /// The smallest and largest lead id, to split a pass into ranges; nullopt when there are none.
    static Result<std::optional<std::pair<qint64, qint64>>> idRange(Database &db);

    /// The next selected lead with its events; false at the end.
    Result<bool> next(LeadWithEvents &into);

    /// The next selected lead without its events (eventCount is 0); false at the end. Its
    /// events follow, on demand, through nextEvent(); those not asked for are passed over.
    Result<bool> nextLead(LeadWithEvents &into);
    /// Moves to the current lead's next event, oldest first; false after its last. The event's
    /// columns are read only when asked for, until the next call.
    Result<bool> nextEvent();
    qint64 eventId() const; ///< 0 when the selection does not read event ids
    EventType eventType() const;
    qint64 eventAtSecs() const; ///< as stored: unix seconds
    Result<QString> eventDetail();

private:
    LeadEventStream(Statement leads, Statement events, EventDetailCache details,
                    const LeadSelection &selection)
        : m_leads(std::move(leads))
        , m_events(std::move(events))
        , m_details(std::move(details))
        , m_detailsOf(selection.detailsOf)
        , m_contactDetails(selection.contactDetails)
        , m_idColumn(selection.eventIds ? 4 : -1)
    {}

    Result<void> stepEvents(); ///< onto a row not handed out yet, unless there is one or none is left

    Statement m_leads;
    Statement m_events;
    EventDetailCache m_details;
    qint64 m_leadId = 0;         ///< the lead nextLead() gave last
    bool m_eventPending = false; ///< m_events holds a row not yet handed out
    bool m_eventsDone = false;
    std::array<bool, allEventTypes.size()> m_detailsOf;
    bool m_contactDetails = true;
    int m_idColumn = -1; ///< the events' column with their id, -1 when not read
};

} // namespace baton
