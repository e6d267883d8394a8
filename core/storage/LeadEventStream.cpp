#include "storage/LeadEventStream.h"

#include "storage/Database.h"
#include "storage/LeadRow.h"
#include "storage/Time.h"

namespace baton {
namespace {

// ?1 today (ISO date), ?2 from, ?3 to.
std::string condition(LeadSelection::Kind kind)
{
    switch (kind) {
    case LeadSelection::Kind::MarketingHolds:
        return "(l.stage = 'nurture' OR (l.stage = 'recycled' AND (l.revisit_on IS NULL OR l.revisit_on <= "
               "?1)))";
    case LeadSelection::Kind::ActiveInWindow:
        return "l.created_at < ?3 AND (l.last_event_at >= ?2 OR (l.handoff_at >= ?2 AND l.handoff_at < ?3))";
    }
    return "0";
}

void bindSelection(Statement &statement, const LeadSelection &selection)
{
    statement.bind(1, selection.today.toString(Qt::ISODate));
    statement.bind(2, selection.from);
    statement.bind(3, selection.to);
}

} // namespace

Result<LeadEventStream> LeadEventStream::open(Database &db, const LeadSelection &selection, qint64 firstId,
                                              qint64 lastId)
{
    auto leads =
        db.prepare("SELECT " +
                   std::string(selection.contactDetails ? LeadRow::columns : LeadRow::columnsWithoutContact) +
                   ", l.stage_changed_at FROM leads l WHERE " + condition(selection.kind) +
                   " AND l.id BETWEEN ?4 AND ?5 ORDER BY l.id");
    if (!leads)
        return leads.error();
    bindSelection(*leads, selection);
    leads->bind(4, firstId);
    leads->bind(5, lastId);

    const bool bounded = selection.kind == LeadSelection::Kind::ActiveInWindow;
    auto events = db.prepare(eventsSql(selection));
    if (!events)
        return events.error();
    events->bind(1, firstId);
    events->bind(2, lastId);
    if (bounded)
        events->bind(3, selection.to);
    auto details = EventDetailCache::open(db);
    if (!details)
        return details.error();
    return LeadEventStream(std::move(leads).value(), std::move(events).value(), std::move(details).value(),
                           selection);
}

std::string LeadEventStream::eventsSql(const LeadSelection &selection)
{
    // Every column is in the events_lead index: the scan never reads the table, and the details
    // come from the cache of distinct texts.
    const bool bounded = selection.kind == LeadSelection::Kind::ActiveInWindow;
    return std::string("SELECT lead_id, detail_id, type, occurred_at") + (selection.eventIds ? ", id" : "") +
           " FROM events INDEXED BY events_lead WHERE lead_id BETWEEN ?1 AND ?2" +
           (bounded ? " AND occurred_at < ?3" : "") + " ORDER BY lead_id, occurred_at, id";
}

Result<qint64> LeadEventStream::count(Database &db, const LeadSelection &selection)
{
    auto statement = db.prepare("SELECT count(*) FROM leads l WHERE " + condition(selection.kind));
    if (!statement)
        return statement.error();
    bindSelection(*statement, selection);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : 0;
}

Result<std::optional<std::pair<qint64, qint64>>> LeadEventStream::idRange(Database &db)
{
    auto statement = db.prepare("SELECT min(id), max(id) FROM leads");
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row || statement->isNull(0))
        return std::optional<std::pair<qint64, qint64>>();
    return std::optional(std::pair(statement->int64(0), statement->int64(1)));
}

Result<bool> LeadEventStream::next(LeadWithEvents &into)
{
    auto lead = nextLead(into);
    if (!lead || !*lead)
        return lead;
    for (;;) {
        auto more = nextEvent();
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (into.eventCount == into.events.size())
            into.events.emplace_back();
        EngagementEvent &event = into.events[into.eventCount++];
        event.leadId = m_leadId;
        event.id = eventId();
        event.type = eventType();
        event.occurredAt = fromStored(eventAtSecs());
        event.campaignId.reset(); // not read: no pass needs it
        if (m_detailsOf[static_cast<size_t>(event.type)]) {
            auto text = eventDetail();
            if (!text)
                return text.error();
            event.detail = std::move(text).value();
        } else {
            event.detail.clear();
        }
    }
    return true;
}

Result<bool> LeadEventStream::nextLead(LeadWithEvents &into)
{
    auto row = m_leads.step();
    if (!row)
        return row.error();
    if (!*row)
        return false;
    LeadRow::readInto(m_leads, 0, into.lead, m_contactDetails);
    into.stageSince = m_leads.dateTime(LeadRow::columnCount);
    into.eventCount = 0;
    m_leadId = into.lead.id;
    // Past the rest of the last lead's events and those of leads that are not selected, reading
    // only their lead id.
    for (;;) {
        BATON_TRY(stepEvents());
        if (!m_eventPending || m_events.int64(0) >= m_leadId)
            break;
        m_eventPending = false;
    }
    return true;
}

Result<void> LeadEventStream::stepEvents()
{
    if (m_eventPending || m_eventsDone)
        return {};
    auto step = m_events.step();
    if (!step)
        return step.error();
    m_eventPending = *step;
    m_eventsDone = !*step;
    return {};
}

Result<bool> LeadEventStream::nextEvent()
{
    BATON_TRY(stepEvents());
    if (!m_eventPending || m_events.int64(0) != m_leadId)
        return false;
    m_eventPending = false; // handed out: the cursor stays on it until the next step
    return true;
}

qint64 LeadEventStream::eventId() const
{
    return m_idColumn < 0 ? 0 : m_events.int64(m_idColumn);
}

EventType LeadEventStream::eventType() const
{
    return eventTypeFromUtf8(m_events.utf8(2)).value_or(EventType::PageView);
}

qint64 LeadEventStream::eventAtSecs() const
{
    return m_events.int64(3);
}

Result<QString> LeadEventStream::eventDetail()
{
    if (m_events.isNull(1))
        return QString();
    return m_details.text(m_events.int64(1));
}

} // namespace baton
