#include "storage/SlaRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view clockColumns =
    "handoff_id, lead_id, tier, window_minutes, started_at, due_at, assigned_at, owner_id, first_contact_at, "
    "first_contact_id, closed_at";

constexpr std::string_view stepColumns =
    "id, handoff_id, lead_id, step, at, owner_id, manager_id, new_owner_id, detail";

SlaClock readClock(const Statement &s)
{
    SlaClock clock;
    clock.handoffId = s.int64(0);
    clock.leadId = s.int64(1);
    clock.tier = s.text(2);
    clock.windowMinutes = static_cast<int>(s.int64(3));
    clock.startedAt = s.dateTime(4);
    clock.dueAt = s.optionalDateTime(5);
    clock.assignedAt = s.optionalDateTime(6);
    clock.ownerId = s.optionalInt64(7);
    clock.firstContactAt = s.optionalDateTime(8);
    clock.firstContactId = s.optionalInt64(9);
    clock.closedAt = s.optionalDateTime(10);
    return clock;
}

void bindOptional(Statement &s, int index, const std::optional<QDateTime> &value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

} // namespace

Result<void> SlaRepository::insertClock(const SlaClock &clock)
{
    auto statement = m_db.cached("INSERT INTO sla_clocks (" + std::string(clockColumns) +
                                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, clock.handoffId);
    s.bind(2, clock.leadId);
    s.bind(3, clock.tier);
    s.bind(4, clock.windowMinutes);
    s.bind(5, clock.startedAt);
    bindOptional(s, 6, clock.dueAt);
    bindOptional(s, 7, clock.assignedAt);
    s.bind(8, clock.ownerId);
    bindOptional(s, 9, clock.firstContactAt);
    s.bind(10, clock.firstContactId);
    bindOptional(s, 11, clock.closedAt);
    return s.run();
}

Result<std::vector<SlaClock>> SlaRepository::readClocks(Statement &s)
{
    std::vector<SlaClock> clocks;
    BATON_TRY(s.forEachRow([&](const Statement &row) { clocks.push_back(readClock(row)); }));
    return clocks;
}

Result<std::optional<SlaClock>> SlaRepository::latestFor(qint64 leadId)
{
    auto statement = m_db.cached("SELECT " + std::string(clockColumns) +
                                 " FROM sla_clocks WHERE lead_id = ?1 ORDER BY handoff_id DESC LIMIT 1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    auto clocks = readClocks(**statement);
    if (!clocks)
        return clocks.error();
    return clocks->empty() ? std::optional<SlaClock>() : std::optional<SlaClock>(clocks->front());
}

Result<std::vector<SlaClock>> SlaRepository::runningDueBetween(const QDateTime &from, const QDateTime &until,
                                                               int limit)
{
    auto statement =
        m_db.cached("SELECT " + std::string(clockColumns) +
                    " FROM sla_clocks INDEXED BY sla_clocks_running WHERE first_contact_at IS NULL "
                    "AND closed_at IS NULL AND due_at BETWEEN ?1 AND ?2 ORDER BY due_at LIMIT ?3");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, from);
    (*statement)->bind(2, until);
    (*statement)->bind(3, limit);
    return readClocks(**statement);
}

Result<std::vector<SlaClock>> SlaRepository::runningForOwnerDueBy(qint64 ownerId, const QDateTime &until,
                                                                  int limit)
{
    auto statement =
        m_db.cached("SELECT " + std::string(clockColumns) +
                    " FROM sla_clocks INDEXED BY sla_clocks_running_owner WHERE first_contact_at IS "
                    "NULL AND closed_at IS NULL AND owner_id = ?1 AND due_at <= ?2 ORDER BY due_at "
                    "LIMIT ?3");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, ownerId);
    (*statement)->bind(2, until);
    (*statement)->bind(3, limit);
    return readClocks(**statement);
}

Result<qint64> SlaRepository::countRunningDueBetween(const QDateTime &from, const QDateTime &to)
{
    auto statement =
        m_db.cached("SELECT count(*) FROM sla_clocks INDEXED BY sla_clocks_running "
                    "WHERE first_contact_at IS NULL AND closed_at IS NULL AND due_at BETWEEN ?1 AND ?2");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    auto row = s.step();
    if (!row)
        return row.error();
    const qint64 count = *row ? s.int64(0) : 0;
    s.reset();
    return count;
}

Result<void> SlaRepository::setLeadDue(qint64 leadId, const std::optional<QDateTime> &dueAt)
{
    auto statement = m_db.cached("UPDATE leads SET sla_due_at = ?2 WHERE id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    bindOptional(s, 2, dueAt);
    return s.run();
}

Result<bool> SlaRepository::stop(qint64 leadId, const QDateTime &at, qint64 activityId)
{
    auto statement = m_db.cached("UPDATE sla_clocks SET first_contact_at = ?2, first_contact_id = ?3 "
                                 "WHERE lead_id = ?1 AND first_contact_at IS NULL AND closed_at IS NULL");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, at);
    s.bind(3, activityId);
    BATON_TRY(s.run());
    const bool stopped = m_db.changes() > 0;
    if (stopped)
        BATON_TRY(setLeadDue(leadId, std::nullopt));
    return stopped;
}

Result<void> SlaRepository::close(qint64 leadId, const QDateTime &at)
{
    auto statement = m_db.cached("UPDATE sla_clocks SET closed_at = ?2 "
                                 "WHERE lead_id = ?1 AND first_contact_at IS NULL AND closed_at IS NULL");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, at);
    BATON_TRY(s.run());
    return setLeadDue(leadId, std::nullopt);
}

Result<void> SlaRepository::assign(qint64 handoffId, qint64 ownerId, const QDateTime &at,
                                   const std::optional<QDateTime> &dueOnFirstAssignment)
{
    auto statement =
        m_db.cached("UPDATE sla_clocks SET owner_id = ?2, "
                    "due_at = CASE WHEN assigned_at IS NULL AND ?4 IS NOT NULL THEN ?4 ELSE due_at END, "
                    "assigned_at = coalesce(assigned_at, ?3) WHERE handoff_id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, handoffId);
    s.bind(2, ownerId);
    s.bind(3, at);
    if (dueOnFirstAssignment)
        s.bind(4, *dueOnFirstAssignment);
    else
        s.bindNull(4);
    return s.run();
}

Result<bool> SlaRepository::insertStep(const EscalationStep &step)
{
    auto statement = m_db.cached(
        "INSERT INTO escalations (handoff_id, lead_id, step, at, owner_id, manager_id, new_owner_id, detail) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (handoff_id, step) DO NOTHING");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, step.handoffId);
    s.bind(2, step.leadId);
    s.bind(3, EscalationStep::kindName(step.kind));
    s.bind(4, step.at);
    s.bind(5, step.ownerId);
    s.bind(6, step.managerId);
    s.bind(7, step.newOwnerId);
    s.bind(8, step.detail);
    BATON_TRY(s.run());
    return m_db.changes() > 0;
}

Result<std::vector<EscalationStep>> SlaRepository::readSteps(Statement &s)
{
    std::vector<EscalationStep> steps;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        EscalationStep step;
        step.id = row.int64(0);
        step.handoffId = row.int64(1);
        step.leadId = row.int64(2);
        step.kind = EscalationStep::kindFromName(row.text(3)).value_or(EscalationStep::Kind::Warn);
        step.at = row.dateTime(4);
        step.ownerId = row.optionalInt64(5);
        step.managerId = row.optionalInt64(6);
        step.newOwnerId = row.optionalInt64(7);
        step.detail = row.text(8);
        steps.push_back(std::move(step));
    }));
    return steps;
}

Result<std::vector<EscalationStep>> SlaRepository::stepsFor(qint64 leadId)
{
    auto statement = m_db.cached("SELECT " + std::string(stepColumns) +
                                 " FROM escalations WHERE lead_id = ?1 ORDER BY at, id");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    return readSteps(**statement);
}

Result<std::vector<EscalationStep>> SlaRepository::stepsForPerson(qint64 userId, const QDateTime &since,
                                                                  int limit)
{
    auto statement = m_db.cached("SELECT " + std::string(stepColumns) +
                                 " FROM escalations WHERE at >= ?2 AND (owner_id = ?1 OR manager_id = ?1 OR "
                                 "new_owner_id = ?1) ORDER BY at DESC, id DESC LIMIT ?3");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, userId);
    (*statement)->bind(2, since);
    (*statement)->bind(3, limit);
    return readSteps(**statement);
}

} // namespace baton
