#pragma once

#include "common/Result.h"
#include "domain/EngagementEvent.h"
#include "domain/Lead.h"
#include "storage/Statement.h"

#include <QDate>
#include <QDateTime>

#include <array>
#include <optional>
#include <span>
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

    static std::array<bool, allEventTypes.size()> allTypes()
    {
        std::array<bool, allEventTypes.size()> all{};
        all.fill(true);
        return all;
    }
};

/// Reads the selected leads with their events in id order, within an id range, in one pass over
/// each table: a cursor over the leads and one over the events (by the events_lead index, in
/// lead order) move forward together. For the passes over a whole file: re-evaluation and the
/// impact preview.
class LeadEventStream {
public:
    static Result<LeadEventStream> open(Database &db, const LeadSelection &selection, qint64 firstId,
                                        qint64 lastId);
    /// How many leads of the file a selection reads.
    static Result<qint64> count(Database &db, const LeadSelection &selection);
    /// The smallest and largest lead id, to split a pass into ranges; nullopt when there are none.
    static Result<std::optional<std::pair<qint64, qint64>>> idRange(Database &db);

    /// The next selected lead with its events; false at the end.
    Result<bool> next(LeadWithEvents &into);

private:
    LeadEventStream(Statement leads, Statement events, const LeadSelection &selection)
        : m_leads(std::move(leads))
        , m_events(std::move(events))
        , m_detailsOf(selection.detailsOf)
        , m_contactDetails(selection.contactDetails)
    {}

    Statement m_leads;
    Statement m_events;
    bool m_eventPending = false; ///< m_events holds a row not yet consumed
    bool m_eventsDone = false;
    std::array<bool, allEventTypes.size()> m_detailsOf;
    bool m_contactDetails = true;
};

} // namespace baton
