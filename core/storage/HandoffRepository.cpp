#include "storage/HandoffRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view selectHandoff =
    "SELECT h.id, h.lead_id, h.handed_over_at, h.definition_number, h.trigger, h.fit_score, "
    "h.engagement_score, h.fast_track, h.completeness, h.missing_fields, "
    "e.id, e.type, e.occurred_at, e.detail, e.campaign_id, h.campaign_id, h.rule_mask, h.top_rule "
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
    handoff.campaignId = s.optionalInt64(15);
    handoff.ruleMask = s.int64(16);
    if (!s.isNull(17))
        handoff.topRule = static_cast<int>(s.int64(17));
    return handoff;
}

} // namespace

Result<qint64> HandoffRepository::insert(const Handoff &handoff)
{
    auto statement = m_db.cached(
        "INSERT INTO handoffs (lead_id, handed_over_at, definition_number, trigger, fit_score, "
        "engagement_score, fast_track, signal_event_id, completeness, missing_fields, campaign_id, "
        "rule_mask, top_rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
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
    s.bind(11, handoff.campaignId);
    s.bind(12, handoff.ruleMask);
    s.bind(13, handoff.topRule ? std::optional<qint64>(*handoff.topRule) : std::nullopt);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<void> HandoffRepository::recordOutcome(const StageChange &change)
{
    if (change.from && (*change.from == Stage::Rejected || *change.from == Stage::Disqualified) &&
        change.to == Stage::Mql) {
        // Reopened after a dispute: sales has not made anything of it yet after all.
        auto reopened =
            m_db.cached("UPDATE handoffs SET outcome = NULL, outcome_reason = NULL, outcome_at = NULL "
                        "WHERE id = (SELECT id FROM handoffs WHERE lead_id = ?1 "
                        "ORDER BY handed_over_at DESC, id DESC LIMIT 1)");
        if (!reopened)
            return reopened.error();
        (*reopened)->bind(1, change.leadId);
        return (*reopened)->run();
    }
    if (!change.from || (*change.from != Stage::Mql && *change.from != Stage::Sal))
        return {};
    QString outcome;
    switch (change.to) {
    case Stage::Sal:
        outcome = QStringLiteral("accepted");
        break;
    case Stage::Sql:
        outcome = QStringLiteral("converted");
        break;
    case Stage::Rejected:
    case Stage::Disqualified:
    case Stage::Recycled:
        outcome = stageName(change.to);
        break;
    case Stage::Nurture:
    case Stage::Mql:
        return {};
    }
    auto statement = m_db.cached(
        "UPDATE handoffs SET outcome = ?2, outcome_reason = ?3, outcome_at = ?4, "
        "accepted_at = CASE WHEN ?2 = 'accepted' THEN coalesce(accepted_at, ?4) ELSE accepted_at END "
        "WHERE id = (SELECT id FROM handoffs WHERE lead_id = ?1 ORDER BY handed_over_at DESC, id DESC LIMIT "
        "1)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, change.leadId);
    s.bind(2, outcome);
    if (change.reasonCode.isEmpty())
        s.bindNull(3);
    else
        s.bind(3, change.reasonCode);
    s.bind(4, change.changedAt);
    return s.run();
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
