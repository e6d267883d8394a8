#include "storage/LeadEventStream.h"

#include "storage/Database.h"
#include "storage/LeadRow.h"

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
        db.prepare("SELECT " + std::string(LeadRow::columns) + ", l.stage_changed_at FROM leads l WHERE " +
                   condition(selection.kind) + " AND l.id BETWEEN ?4 AND ?5 ORDER BY l.id");
    if (!leads)
        return leads.error();
    bindSelection(*leads, selection);
    leads->bind(4, firstId);
    leads->bind(5, lastId);

    const bool bounded = selection.kind == LeadSelection::Kind::ActiveInWindow;
    auto events =
        db.prepare(std::string("SELECT lead_id, id, type, occurred_at, detail, campaign_id FROM events "
                               "WHERE lead_id BETWEEN ?1 AND ?2") +
                   (bounded ? " AND occurred_at < ?3" : "") + " ORDER BY lead_id, occurred_at, id");
    if (!events)
        return events.error();
    events->bind(1, firstId);
    events->bind(2, lastId);
    if (bounded)
        events->bind(3, selection.to);
    return LeadEventStream(std::move(leads).value(), std::move(events).value(), selection);
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
    auto row = m_leads.step();
    if (!row)
        return row.error();
    if (!*row)
        return false;
    LeadRow::readInto(m_leads, 0, into.lead, m_contactDetails);
    into.stageSince = m_leads.dateTime(LeadRow::columnCount);
    into.eventCount = 0;
    const qint64 id = into.lead.id;

    for (;;) {
        if (!m_eventPending && !m_eventsDone) {
            auto step = m_events.step();
            if (!step)
                return step.error();
            m_eventPending = *step;
            m_eventsDone = !*step;
        }
        if (!m_eventPending)
            break;
        const qint64 leadId = m_events.int64(0);
        if (leadId > id)
            break; // the next lead's
        m_eventPending = false;
        if (leadId < id)
            continue; // a lead that is not selected
        if (into.eventCount == into.events.size())
            into.events.emplace_back();
        EngagementEvent &event = into.events[into.eventCount++];
        event.leadId = leadId;
        event.id = m_events.int64(1);
        event.type = eventTypeFromUtf8(m_events.utf8(2)).value_or(EventType::PageView);
        event.occurredAt = m_events.dateTime(3);
        event.campaignId.reset(); // not read: no pass needs it
        if (m_detailsOf[static_cast<size_t>(event.type)])
            m_events.textInto(4, event.detail);
        else
            event.detail.clear();
    }
    return true;
}

} // namespace baton
