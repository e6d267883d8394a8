#include "storage/TeamBoardRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view columns = "l.id, l.name, l.company_name, l.stage, l.owner_id, u.name, c.tier, "
                                     "c.due_at, l.handoff_at, %NOTE%, l.version";

std::string replaceNote(std::string text, std::string_view note)
{
    const std::string marker = "%NOTE%";
    if (const size_t at = text.find(marker); at != std::string::npos)
        text.replace(at, marker.size(), note);
    return text;
}

} // namespace

std::string TeamBoardRepository::sql(List list, bool counting) const
{
    // ?1 now, ?2 now + due soon, ?3 since (escalations), ?4 limit.
    const std::string head = counting ? "SELECT count(*)" : "SELECT " + std::string(columns);
    switch (list) {
    case List::Unassigned:
        return replaceNote(head, "''") +
               " FROM leads l INDEXED BY leads_open_urgency LEFT JOIN users u ON u.id = l.owner_id "
               "LEFT JOIN sla_clocks c ON c.handoff_id = (SELECT max(handoff_id) FROM sla_clocks WHERE "
               "lead_id = l.id) "
               "WHERE l.stage IN ('mql', 'sal') AND l.owner_id IS NULL" +
               (counting ? "" : " ORDER BY l.queue_rank, l.id LIMIT ?4");
    case List::DueSoon:
    case List::Breached: {
        const std::string range =
            list == List::DueSoon ? "c.due_at BETWEEN ?1 AND ?2" : "c.due_at < ?1 AND c.due_at >= ?3";
        return replaceNote(head, "''") +
               " FROM sla_clocks c INDEXED BY sla_clocks_running JOIN leads l ON l.id = c.lead_id "
               "LEFT JOIN users u ON u.id = l.owner_id WHERE c.first_contact_at IS NULL AND c.closed_at IS "
               "NULL AND " +
               range + (counting ? "" : " ORDER BY c.due_at LIMIT ?4");
    }
    case List::Escalated:
        return replaceNote(head, "e.detail") +
               " FROM escalations e JOIN leads l ON l.id = e.lead_id LEFT JOIN users u ON u.id = l.owner_id "
               "LEFT JOIN sla_clocks c ON c.handoff_id = e.handoff_id "
               "WHERE e.id = (SELECT max(id) FROM escalations WHERE lead_id = e.lead_id) AND e.at >= ?3 "
               "AND l.stage IN ('mql', 'sal') AND c.first_contact_at IS NULL" +
               (counting ? "" : " ORDER BY e.at DESC LIMIT ?4");
    }
    return {};
}

Result<std::vector<TeamBoardRow>> TeamBoardRepository::rows(List list, const QDateTime &now,
                                                            int dueSoonMinutes, int days, int limit)
{
    auto statement = m_db.cached(sql(list, false));
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, now);
    s.bind(2, now.addSecs(qint64{dueSoonMinutes} * 60));
    s.bind(3, now.addDays(-days));
    s.bind(4, limit);
    std::vector<TeamBoardRow> rows;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        TeamBoardRow board;
        board.leadId = row.int64(0);
        board.name = row.text(1);
        board.company = row.text(2);
        board.stage = stageFromName(row.text(3)).value_or(Stage::Mql);
        board.ownerId = row.optionalInt64(4);
        board.ownerName = row.text(5);
        board.tier = row.text(6);
        board.dueAt = row.optionalDateTime(7);
        board.handoffAt = row.dateTime(8);
        board.note = row.text(9);
        board.version = row.int64(10);
        rows.push_back(std::move(board));
    }));
    return rows;
}

Result<qint64> TeamBoardRepository::count(List list, const QDateTime &now, int dueSoonMinutes, int days)
{
    auto statement = m_db.cached(sql(list, true));
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    // As rows(): a parameter the list's query does not name is not there to bind.
    s.bind(1, now);
    s.bind(2, now.addSecs(qint64{dueSoonMinutes} * 60));
    s.bind(3, now.addDays(-days));
    auto row = s.step();
    if (!row)
        return row.error();
    const qint64 total = *row ? s.int64(0) : 0;
    s.reset();
    return total;
}

} // namespace baton
