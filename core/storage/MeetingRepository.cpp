#include "storage/MeetingRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view selectDecision =
    "SELECT d.id, d.week_start, d.metric, d.text, d.decided_at, d.decided_by, d.definition_version_id, "
    "u.name, v.number FROM review_decisions d LEFT JOIN users u ON u.id = d.decided_by "
    "LEFT JOIN definition_versions v ON v.id = d.definition_version_id ";

constexpr std::string_view itemColumns =
    "SELECT a.id, a.week_start, a.metric, a.decision_id, a.title, a.owner_id, a.due_on, a.status, "
    "a.created_at, a.created_by, a.status_at, a.status_by, a.version, o.name, s.name "
    "FROM action_items a LEFT JOIN users o ON o.id = a.owner_id LEFT JOIN users s ON s.id = a.status_by ";

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate readDate(const Statement &s, int column)
{
    return QDate::fromString(s.text(column), Qt::ISODate);
}

std::optional<MetricKey> readMetric(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return metricKeyFromName(s.text(column));
}

void bindMetric(Statement &s, int index, const std::optional<MetricKey> &metric)
{
    if (metric)
        s.bind(index, metricKeyName(*metric));
    else
        s.bindNull(index);
}

ReviewDecision readDecision(const Statement &s)
{
    ReviewDecision decision;
    decision.id = s.int64(0);
    decision.week = readDate(s, 1);
    decision.metric = readMetric(s, 2);
    decision.text = s.text(3);
    decision.decidedAt = s.dateTime(4);
    decision.decidedBy = s.int64(5);
    decision.definitionVersionId = s.optionalInt64(6);
    decision.decidedByName = s.text(7);
    if (!s.isNull(8))
        decision.definitionNumber = static_cast<int>(s.int64(8));
    return decision;
}

ActionItem readItem(const Statement &s)
{
    ActionItem item;
    item.id = s.int64(0);
    item.week = readDate(s, 1);
    item.metric = readMetric(s, 2);
    item.decisionId = s.optionalInt64(3);
    item.title = s.text(4);
    item.ownerId = s.int64(5);
    item.dueOn = readDate(s, 6);
    item.status = actionStatusFromName(s.text(7)).value_or(ActionStatus::Open);
    item.createdAt = s.dateTime(8);
    item.createdBy = s.int64(9);
    item.statusAt = s.dateTime(10);
    item.statusBy = s.optionalInt64(11);
    item.version = s.int64(12);
    item.ownerName = s.text(13);
    item.statusByName = s.text(14);
    return item;
}

} // namespace

Result<qint64> MeetingRepository::insertDecision(const ReviewDecision &decision)
{
    auto statement = m_db.cached("INSERT INTO review_decisions (week_start, metric, text, decided_at, "
                                 "decided_by, definition_version_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, isoDate(decision.week));
    bindMetric(s, 2, decision.metric);
    s.bind(3, decision.text);
    s.bind(4, decision.decidedAt);
    s.bind(5, decision.decidedBy);
    s.bind(6, decision.definitionVersionId);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<ReviewDecision> MeetingRepository::findDecision(qint64 id)
{
    auto statement = m_db.cached(std::string(selectDecision) + "WHERE d.id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, id);
    std::optional<ReviewDecision> found;
    BATON_TRY(s.forEachRow([&](const Statement &row) { found = readDecision(row); }));
    if (!found)
        return makeError(ErrorKind::NotFound, QStringLiteral("There is no review decision %1.").arg(id));
    return *found;
}

Result<std::vector<ReviewDecision>> MeetingRepository::decisions(const QDate &monday)
{
    auto statement = m_db.cached(std::string(selectDecision) + "WHERE d.week_start = ?1 ORDER BY d.id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, isoDate(monday));
    std::vector<ReviewDecision> decisions;
    BATON_TRY(s.forEachRow([&](const Statement &row) { decisions.push_back(readDecision(row)); }));
    return decisions;
}

Result<qint64> MeetingRepository::insertItem(const ActionItem &item)
{
    auto statement = m_db.cached(
        "INSERT INTO action_items (week_start, metric, decision_id, title, owner_id, due_on, status, "
        "created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, isoDate(item.week));
    bindMetric(s, 2, item.metric);
    s.bind(3, item.decisionId);
    s.bind(4, item.title);
    s.bind(5, item.ownerId);
    s.bind(6, isoDate(item.dueOn));
    s.bind(7, item.createdAt);
    s.bind(8, item.createdBy);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<ActionItem> MeetingRepository::findItem(qint64 id)
{
    auto statement = m_db.cached(std::string(itemColumns) + "WHERE a.id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, id);
    std::optional<ActionItem> found;
    BATON_TRY(s.forEachRow([&](const Statement &row) { found = readItem(row); }));
    if (!found)
        return makeError(ErrorKind::NotFound, QStringLiteral("There is no action item %1.").arg(id));
    return *found;
}

Result<std::vector<ActionItem>> MeetingRepository::itemsOfWeek(const QDate &monday)
{
    // The week's items through action_items_week, the few still open from before through
    // action_items_open.
    auto statement = m_db.cached(std::string(itemColumns) +
                                 "WHERE a.week_start = ?1 OR (a.status IN ('open', 'in_progress') AND "
                                 "a.week_start < ?1) ORDER BY a.week_start, a.id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, isoDate(monday));
    std::vector<ActionItem> items;
    BATON_TRY(s.forEachRow([&](const Statement &row) { items.push_back(readItem(row)); }));
    return items;
}

Result<std::vector<ActionItem>> MeetingRepository::openItems()
{
    auto statement = m_db.cached(std::string(itemColumns) + "WHERE a.status IN ('open', 'in_progress') "
                                                            "ORDER BY a.due_on, a.id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    std::vector<ActionItem> items;
    BATON_TRY(s.forEachRow([&](const Statement &row) { items.push_back(readItem(row)); }));
    return items;
}

Result<void> MeetingRepository::setItemStatus(qint64 id, ActionStatus status, const QDateTime &at, qint64 by,
                                              qint64 expectedVersion)
{
    auto statement = m_db.cached("UPDATE action_items SET status = ?2, status_at = ?3, status_by = ?4, "
                                 "version = version + 1 WHERE id = ?1 AND version = ?5");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, id);
    s.bind(2, actionStatusName(status));
    s.bind(3, at);
    s.bind(4, by);
    s.bind(5, expectedVersion);
    BATON_TRY(s.run());
    if (m_db.changes() == 0) {
        auto item = findItem(id);
        if (!item)
            return item.error();
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("Action item %1 changed (it is now %2) after you read it. Nothing "
                                        "of yours was saved; look at it again.")
                             .arg(id)
                             .arg(actionStatusLabel(item->status).toLower()));
    }
    return {};
}

Result<bool> MeetingRepository::definitionVersionExists(qint64 id)
{
    auto statement = m_db.cached("SELECT count(*) FROM definition_versions WHERE id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, id);
    bool exists = false;
    BATON_TRY(s.forEachRow([&](const Statement &row) { exists = row.int64(0) > 0; }));
    return exists;
}

} // namespace baton
