#include "storage/MetricsRepository.h"

#include "storage/Database.h"
#include "storage/HandoffOutcomeColumn.h"

#include <string>
#include <string_view>

namespace baton {
namespace {

/// The reason as a QString, made again only when it differs from the row before.
void readReason(const Statement &row, int column, std::string &previous, QString &reason)
{
    const std::string_view text = row.utf8(column);
    if (text != previous) {
        previous.assign(text);
        reason = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
}

} // namespace

std::string MetricsRepository::handoffsSql(bool withRevenue)
{
    std::string sql = "SELECT h.id, h.lead_id, h.handed_over_at, coalesce(h.campaign_id, 0), "
                      "h.completeness = 100, h.accepted_at, h.outcome, h.outcome_reason, h.outcome_at";
    sql += withRevenue ? ", l.annual_revenue FROM handoffs h INDEXED BY handoffs_feedback "
                         "JOIN leads l ON l.id = h.lead_id"
                       : " FROM handoffs h INDEXED BY handoffs_feedback";
    sql += " WHERE h.handed_over_at >= ?1 AND h.handed_over_at < ?2";
    return sql;
}

Result<void> MetricsRepository::forEachHandoff(const QDateTime &from, const QDateTime &to, bool withRevenue,
                                               const std::function<void(const ReviewHandoff &)> &visit)
{
    auto statement = m_db.cached(handoffsSql(withRevenue));
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    ReviewHandoff handoff;
    std::string previousReason;
    return s.forEachRow([&](const Statement &row) {
        handoff.id = row.int64(0);
        handoff.leadId = row.int64(1);
        handoff.at = row.int64(2);
        handoff.campaignId = row.int64(3);
        handoff.complete = row.int64(4) != 0;
        handoff.acceptedAt = row.optionalInt64(5);
        handoff.outcome = handoffOutcomeFrom(row.utf8(6));
        readReason(row, 7, previousReason, handoff.reasonCode);
        handoff.outcomeAt = row.optionalInt64(8);
        handoff.annualRevenue = withRevenue ? row.optionalInt64(9) : std::nullopt;
        visit(handoff);
    });
}

Result<void> MetricsRepository::forEachClock(const QDateTime &from, const QDateTime &to,
                                             const std::function<void(const Clock &)> &visit)
{
    // A pass over the narrow clock table costs less than finding each handoff's clock by its key.
    auto statement = m_db.cached(
        "SELECT handoff_id, owner_id, assigned_at, first_contact_at, due_at, closed_at, started_at "
        "FROM sla_clocks WHERE started_at >= ?1 AND started_at < ?2");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    Clock clock;
    return s.forEachRow([&](const Statement &row) {
        clock.handoffId = row.int64(0);
        clock.ownerId = row.optionalInt64(1);
        clock.assignedAt = row.optionalInt64(2);
        clock.firstContactAt = row.optionalInt64(3);
        clock.dueAt = row.optionalInt64(4);
        clock.closedAt = row.optionalInt64(5);
        clock.startedAt = row.int64(6);
        visit(clock);
    });
}

Result<void> MetricsRepository::forEachStaleCandidate(const QDateTime &from, const QDateTime &startedBefore,
                                                      bool withRevenue,
                                                      const std::function<void(const ReviewHandoff &)> &visit)
{
    std::string sql = "SELECT c.handoff_id, h.lead_id, c.started_at, coalesce(h.campaign_id, 0), c.owner_id, "
                      "c.due_at, c.first_contact_at, c.closed_at, h.accepted_at, h.outcome_at";
    sql += withRevenue ? ", l.annual_revenue" : ", NULL";
    sql += " FROM sla_clocks c JOIN handoffs h ON h.id = c.handoff_id";
    if (withRevenue)
        sql += " JOIN leads l ON l.id = h.lead_id";
    sql +=
        " WHERE c.started_at < ?2 AND (c.first_contact_at IS NULL OR c.first_contact_at >= "
        "?1)"
        " AND (c.closed_at IS NULL OR c.closed_at >= ?1) AND (h.accepted_at IS NULL OR h.accepted_at >= ?1)"
        " AND (h.outcome_at IS NULL OR h.outcome_at >= ?1)";
    auto statement = m_db.cached(sql);
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, startedBefore);
    ReviewHandoff handoff;
    handoff.hasClock = true;
    return s.forEachRow([&](const Statement &row) {
        handoff.id = row.int64(0);
        handoff.leadId = row.int64(1);
        handoff.at = row.int64(2);
        handoff.campaignId = row.int64(3);
        handoff.ownerId = row.optionalInt64(4);
        handoff.dueAt = row.optionalInt64(5);
        handoff.firstContactAt = row.optionalInt64(6);
        handoff.closedAt = row.optionalInt64(7);
        handoff.acceptedAt = row.optionalInt64(8);
        handoff.outcomeAt = row.optionalInt64(9);
        handoff.annualRevenue = row.optionalInt64(10);
        visit(handoff);
    });
}

Result<void> MetricsRepository::forEachMoveWithoutContact(const QDateTime &from, const QDateTime &to,
                                                          const std::function<void(const Move &)> &visit)
{
    auto statement = m_db.cached(
        "SELECT s.changed_at, coalesce(s.user_id, 0), coalesce(l.campaign_id, 0), l.annual_revenue "
        "FROM stage_changes s INDEXED BY stage_changes_without_contact JOIN leads l ON l.id = s.lead_id "
        "WHERE s.without_contact = 1 AND s.changed_at >= ?1 AND s.changed_at < ?2");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    Move move;
    return s.forEachRow([&](const Statement &row) {
        move.at = row.int64(0);
        move.userId = row.int64(1);
        move.campaignId = row.int64(2);
        move.annualRevenue = row.optionalInt64(3);
        visit(move);
    });
}

} // namespace baton
