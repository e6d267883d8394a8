#include "storage/RoutingRepository.h"

#include "storage/Database.h"
#include "storage/Time.h"

#include <map>

namespace baton {

QString RoutingRecord::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Route:
        return QStringLiteral("route");
    case Kind::Reroute:
        return QStringLiteral("reroute");
    case Kind::Reassign:
        return QStringLiteral("reassign");
    case Kind::Escalation:
        return QStringLiteral("escalation");
    }
    return {};
}

namespace {

RoutingRecord::Kind kindFromName(const QString &name)
{
    for (auto kind : {RoutingRecord::Kind::Route, RoutingRecord::Kind::Reroute, RoutingRecord::Kind::Reassign,
                      RoutingRecord::Kind::Escalation}) {
        if (name == RoutingRecord::kindName(kind))
            return kind;
    }
    return RoutingRecord::Kind::Route;
}

} // namespace

Result<std::optional<StoredRoutingConfig>> RoutingRepository::config()
{
    auto statement =
        m_db.cached("SELECT body, version, updated_at, updated_by FROM routing_config WHERE id = 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<StoredRoutingConfig> found;
    if (*row) {
        const std::string_view body = s.utf8(0);
        found = StoredRoutingConfig{QByteArray(body.data(), static_cast<qsizetype>(body.size())), s.int64(1),
                                    s.dateTime(2), s.optionalInt64(3)};
    }
    s.reset();
    return found;
}

Result<qint64> RoutingRepository::saveConfig(const QByteArray &body, qint64 expectedVersion,
                                             const QDateTime &at, std::optional<qint64> by)
{
    auto stored = config();
    if (!stored)
        return stored.error();
    const qint64 current = *stored ? (*stored)->version : 0;
    if (current != expectedVersion) {
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("Someone else changed the routing configuration since it was read "
                                        "(version %1, now %2). Look at theirs, then make your change again.")
                             .arg(expectedVersion)
                             .arg(current));
    }
    auto statement = m_db.cached(
        "INSERT INTO routing_config (id, body, version, updated_at, updated_by) VALUES (1, ?1, ?2, ?3, ?4) "
        "ON CONFLICT (id) DO UPDATE SET body = excluded.body, version = excluded.version, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bindText(1, std::string_view(body.constData(), static_cast<size_t>(body.size())));
    s.bind(2, current + 1);
    s.bind(3, at);
    s.bind(4, by);
    BATON_TRY(s.run());
    return current + 1;
}

Result<std::map<std::pair<QString, qint64>, qint64>> RoutingRepository::credits()
{
    auto statement = m_db.cached("SELECT pool, user_id, credit FROM routing_credits");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    std::map<std::pair<QString, qint64>, qint64> credits;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        credits[{row.text(0), row.int64(1)}] = row.int64(2);
    }));
    return credits;
}

Result<void> RoutingRepository::saveCredits(const std::map<std::pair<QString, qint64>, qint64> &credits)
{
    auto statement = m_db.cached("INSERT INTO routing_credits (pool, user_id, credit) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (pool, user_id) DO UPDATE SET credit = excluded.credit");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    for (const auto &[key, credit] : credits) {
        s.bind(1, key.first);
        s.bind(2, key.second);
        s.bind(3, credit);
        BATON_TRY(s.run());
        s.reset();
    }
    return {};
}

Result<std::unordered_map<qint64, int>> RoutingRepository::openLeadsByOwner()
{
    auto statement = m_db.cached("SELECT owner_id, count(*) FROM leads INDEXED BY leads_queue_urgency "
                                 "WHERE stage IN ('mql', 'sal') AND owner_id IS NOT NULL GROUP BY owner_id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    std::unordered_map<qint64, int> open;
    BATON_TRY(
        s.forEachRow([&](const Statement &row) { open[row.int64(0)] = static_cast<int>(row.int64(1)); }));
    return open;
}

Result<std::vector<RoutingRepository::AssignmentSlot>>
RoutingRepository::assignmentsSince(const QDateTime &since)
{
    // Read from the time index alone (it carries the assignee), in time order.
    auto statement = m_db.cached("SELECT assignee_id, decided_at FROM routing_decisions "
                                 "INDEXED BY routing_decisions_time "
                                 "WHERE decided_at >= ?1 AND assignee_id IS NOT NULL");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, since);
    constexpr qint64 slotSeconds = 15 * 60;
    std::map<std::pair<qint64, qint64>, int> counts; // (assignee, slot) → assignments
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        const qint64 at = row.int64(1);
        const qint64 slot = at >= 0 ? at / slotSeconds : (at - slotSeconds + 1) / slotSeconds;
        ++counts[{row.int64(0), slot}];
    }));
    std::vector<AssignmentSlot> slots;
    slots.reserve(counts.size());
    for (const auto &[key, count] : counts) {
        slots.push_back(AssignmentSlot{key.first, fromStored(key.second * slotSeconds), count});
    }
    return slots;
}

Result<std::optional<qint64>> RoutingRepository::ownerOfDomain(const QString &domain, qint64 leadId)
{
    // The stages as ORs: SQLite builds a table for an IN list of three or more on every run.
    auto statement = m_db.cached("SELECT owner_id FROM leads INDEXED BY leads_domain_handoff "
                                 "WHERE company_domain = ?1 AND handoff_at IS NOT NULL AND id <> ?2 "
                                 "AND (stage = 'mql' OR stage = 'sal' OR stage = 'sql') "
                                 "AND owner_id IS NOT NULL ORDER BY handoff_at DESC LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, domain);
    s.bind(2, leadId);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<qint64> owner;
    if (*row)
        owner = s.int64(0);
    s.reset();
    return owner;
}

Result<std::vector<RoutingRepository::DomainLead>>
RoutingRepository::latestOwnedOfDomain(const QString &domain)
{
    // ownerOfDomain's query and order, without the lead to leave out: the second answers for the first.
    auto statement = m_db.cached("SELECT id, owner_id FROM leads INDEXED BY leads_domain_handoff "
                                 "WHERE company_domain = ?1 AND handoff_at IS NOT NULL "
                                 "AND (stage = 'mql' OR stage = 'sal' OR stage = 'sql') "
                                 "AND owner_id IS NOT NULL ORDER BY handoff_at DESC LIMIT 2");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, domain);
    std::vector<DomainLead> leads;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        leads.push_back(DomainLead{row.int64(0), row.int64(1)});
    }));
    return leads;
}

Result<qint64> RoutingRepository::insertDecision(const RoutingRecord &record)
{
    auto statement = m_db.cached(
        "INSERT INTO routing_decisions (lead_id, handoff_id, decided_at, kind, assignee_id, "
        "previous_owner_id, "
        "rule_name, rule_position, reason, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, record.leadId);
    s.bind(2, record.handoffId);
    s.bind(3, record.decidedAt);
    s.bind(4, RoutingRecord::kindName(record.kind));
    s.bind(5, record.assigneeId);
    s.bind(6, record.previousOwnerId);
    if (record.ruleName.isEmpty())
        s.bindNull(7);
    else
        s.bind(7, record.ruleName);
    s.bind(8, record.rulePosition);
    s.bind(9, record.reason);
    s.bind(10, record.decidedBy);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<std::vector<RoutingRecord>> RoutingRepository::decisionsFor(qint64 leadId)
{
    auto statement = m_db.cached(
        "SELECT id, lead_id, handoff_id, decided_at, kind, assignee_id, previous_owner_id, rule_name, "
        "rule_position, reason, decided_by FROM routing_decisions WHERE lead_id = ?1 ORDER BY id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    std::vector<RoutingRecord> records;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        RoutingRecord record;
        record.id = row.int64(0);
        record.leadId = row.int64(1);
        record.handoffId = row.optionalInt64(2);
        record.decidedAt = row.dateTime(3);
        record.kind = kindFromName(row.text(4));
        record.assigneeId = row.optionalInt64(5);
        record.previousOwnerId = row.optionalInt64(6);
        record.ruleName = row.text(7);
        record.rulePosition = static_cast<int>(row.int64(8));
        record.reason = row.text(9);
        record.decidedBy = row.optionalInt64(10);
        records.push_back(std::move(record));
    }));
    return records;
}

Result<std::vector<qint64>> RoutingRepository::unassignedLeads(int limit)
{
    auto statement =
        m_db.cached("SELECT id FROM leads INDEXED BY leads_queue_urgency WHERE stage IN ('mql', 'sal') "
                    "AND owner_id IS NULL ORDER BY queue_rank, id LIMIT ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, limit);
    std::vector<qint64> ids;
    BATON_TRY(s.forEachRow([&](const Statement &row) { ids.push_back(row.int64(0)); }));
    return ids;
}

} // namespace baton
