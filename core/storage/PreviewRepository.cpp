#include "storage/PreviewRepository.h"

#include "storage/Database.h"
#include "storage/LeadRow.h"

namespace baton {

Result<void> PreviewRepository::forEachCandidate(const QDateTime &from, const QDateTime &to,
                                                 const std::function<bool(const Lead &lead)> &visit)
{
    auto statement = m_db.prepare("SELECT " + std::string(LeadRow::columns) +
                                  " FROM leads l WHERE l.created_at < ?2 AND (l.last_event_at >= ?1 OR "
                                  "(l.handoff_at >= ?1 AND l.handoff_at < ?2)) ORDER BY l.id");
    if (!statement)
        return statement.error();
    statement->bind(1, from);
    statement->bind(2, to);
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row || !visit(LeadRow::read(*statement)))
            return {};
    }
}

Result<std::vector<EngagementEvent>> PreviewRepository::eventsBefore(qint64 leadId, const QDateTime &to)
{
    auto statement = m_db.cached("SELECT id, type, occurred_at, detail, campaign_id FROM events "
                                 "WHERE lead_id = ?1 AND occurred_at < ?2 ORDER BY occurred_at, id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, to);
    std::vector<EngagementEvent> events;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        events.push_back(EngagementEvent{s.int64(0), leadId,
                                         eventTypeFromName(s.text(1)).value_or(EventType::PageView),
                                         s.dateTime(2), s.text(3), s.optionalInt64(4)});
    }
    s.reset();
    return events;
}

Result<std::optional<Judgement>> PreviewRepository::judgement(qint64 leadId, const QDateTime &handoffAt)
{
    auto statement = m_db.cached("SELECT to_stage, reason_code FROM stage_changes WHERE lead_id = ?1 "
                                 "AND from_stage = 'mql' AND changed_at >= ?2 ORDER BY id LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, handoffAt);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<Judgement> found;
    if (*row)
        found = Judgement{stageFromName(s.text(0)).value_or(Stage::Mql), s.text(1)};
    s.reset();
    return found;
}

Result<std::optional<QString>> PreviewRepository::latestRejection(qint64 leadId, const QDateTime &before)
{
    auto statement = m_db.cached("SELECT reason_code FROM stage_changes WHERE lead_id = ?1 "
                                 "AND to_stage = 'rejected' AND changed_at < ?2 ORDER BY id DESC LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, before);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<QString> found;
    if (*row)
        found = s.text(0);
    s.reset();
    return found;
}

} // namespace baton
