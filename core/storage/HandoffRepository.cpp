#include "storage/HandoffRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view selectHandoff =
    "SELECT h.id, h.lead_id, h.handed_over_at, h.definition_number, h.trigger, h.fit_score, "
    "h.engagement_score, h.fast_track, h.completeness, h.missing_fields, "
    "e.id, e.type, e.occurred_at, e.detail, e.campaign_id "
    "FROM handoffs h LEFT JOIN events e ON e.id = h.signal_event_id WHERE h.lead_id = ?1 ";

Handoff readHandoff(const Statement &s)
{
    Handoff handoff;
    handoff.id = s.int64(0);
    handoff.leadId = s.int64(1);
    handoff.at = s.dateTime(2);
    handoff.definitionNumber = static_cast<int>(s.int64(3));
    handoff.trigger = handoffTriggerFromName(s.text(4)).value_or(HandoffTrigger::Manual);
    handoff.fit = static_cast<int>(s.int64(5));
    handoff.engagement = static_cast<int>(s.int64(6));
    handoff.fastTrack = s.int64(7) != 0;
    handoff.completeness = static_cast<int>(s.int64(8));
    const QString missing = s.text(9);
    if (!missing.isEmpty())
        handoff.missing = missing.split(QLatin1Char(','));
    if (!s.isNull(10)) {
        handoff.signal = EngagementEvent{
            s.int64(10),    handoff.leadId, eventTypeFromName(s.text(11)).value_or(EventType::PageView),
            s.dateTime(12), s.text(13),     s.optionalInt64(14)};
    }
    return handoff;
}

} // namespace

Result<qint64> HandoffRepository::insert(const Handoff &handoff)
{
    auto statement =
        m_db.cached("INSERT INTO handoffs (lead_id, handed_over_at, definition_number, trigger, fit_score, "
                    "engagement_score, fast_track, signal_event_id, completeness, missing_fields) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, handoff.leadId);
    s.bind(2, handoff.at);
    s.bind(3, handoff.definitionNumber);
    s.bind(4, handoffTriggerName(handoff.trigger));
    s.bind(5, handoff.fit);
    s.bind(6, handoff.engagement);
    s.bind(7, qint64{handoff.fastTrack});
    s.bind(8, handoff.signal ? std::optional<qint64>(handoff.signal->id) : std::nullopt);
    s.bind(9, handoff.completeness);
    s.bind(10, handoff.missing.isEmpty() ? QStringLiteral("") : handoff.missing.join(QLatin1Char(',')));
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<std::optional<Handoff>> HandoffRepository::latest(qint64 leadId)
{
    auto statement =
        m_db.cached(std::string(selectHandoff) + "ORDER BY h.handed_over_at DESC, h.id DESC LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<Handoff> found;
    if (*row)
        found = readHandoff(s);
    s.reset();
    return found;
}

Result<std::vector<Handoff>> HandoffRepository::forLead(qint64 leadId)
{
    auto statement = m_db.cached(std::string(selectHandoff) + "ORDER BY h.handed_over_at, h.id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    std::vector<Handoff> handoffs;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        handoffs.push_back(readHandoff(s));
    }
    s.reset();
    return handoffs;
}

} // namespace baton
