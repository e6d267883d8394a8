#include "storage/QueueRepository.h"

#include "storage/Database.h"
#include "storage/Time.h"

#include <string>

namespace baton {
namespace {

// The open-stage condition must read exactly as in the partial indexes leads_queue_urgency and
// leads_open_urgency, so SQLite walks them in queue order instead of sorting.
constexpr std::string_view openLeads = "l.stage IN ('mql', 'sal')";
// Likewise leads_opportunities and leads_all_opportunities.
constexpr std::string_view opportunities = "l.stage = 'sql'";

bool listsOpportunities(const QueueFilter &filter)
{
    return filter.stage == Stage::Sql;
}

constexpr int ownerParam = 1;
constexpr int stageParam = 2;
constexpr int campaignParam = 3;
constexpr int searchParam = 4;
constexpr int keyTimeParam = 5;
constexpr int keyIdParam = 6;
constexpr int limitParam = 7;
constexpr int offsetParam = 8;

std::string whereClause(const QueueFilter &filter)
{
    std::string where = " WHERE ";
    where += listsOpportunities(filter) ? opportunities : openLeads;
    if (filter.ownerId)
        where += " AND l.owner_id = ?1";
    if (filter.stage && !listsOpportunities(filter))
        where += " AND l.stage = ?2";
    if (filter.campaignId)
        where += " AND l.campaign_id = ?3";
    if (!filter.search.trimmed().isEmpty()) {
        where += " AND (l.name LIKE ?4 ESCAPE '\\' OR l.company_name LIKE ?4 ESCAPE '\\'"
                 " OR l.email LIKE ?4 ESCAPE '\\')";
    }
    return where;
}

QString likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void bindFilter(Statement &statement, const QueueFilter &filter)
{
    if (filter.ownerId)
        statement.bind(ownerParam, *filter.ownerId);
    if (filter.stage && !listsOpportunities(filter))
        statement.bind(stageParam, stageName(*filter.stage));
    if (filter.campaignId)
        statement.bind(campaignParam, *filter.campaignId);
    if (!filter.search.trimmed().isEmpty())
        statement.bind(searchParam, likePattern(filter.search));
}

std::string selectRows(const QueueFilter &filter, std::string_view extra)
{
    // Only converted leads have an opportunity; the open queue does not look for one.
    const bool withOpportunity = listsOpportunities(filter);
    std::string sql = "SELECT l.id, l.name, l.title, l.company_name, l.email, l.stage, c.name, "
                      "l.handoff_at, l.version, l.sla_due_at, l.queue_rank, l.moved_without_contact, ";
    sql += withOpportunity ? "o.result" : "NULL";
    sql += " FROM leads l LEFT JOIN campaigns c ON c.id = l.campaign_id";
    if (withOpportunity)
        sql += " LEFT JOIN opportunities o ON o.lead_id = l.id";
    sql += whereClause(filter);
    sql += extra;
    return sql;
}

Result<std::vector<QueueRow>> readRows(Statement &statement)
{
    std::vector<QueueRow> rows;
    for (;;) {
        auto next = statement.step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        QueueRow row;
        row.id = statement.int64(0);
        row.name = statement.text(1);
        row.title = statement.text(2);
        row.company = statement.text(3);
        row.email = statement.text(4);
        row.stage = stageFromName(statement.text(5)).value_or(Stage::Mql);
        row.campaign = statement.text(6);
        row.handoffAt = statement.dateTime(7);
        row.version = statement.int64(8);
        row.dueAt = statement.optionalDateTime(9);
        row.rank = statement.int64(10);
        row.movedWithoutContact = statement.int64(11) != 0;
        row.opportunityResult = statement.text(12);
        rows.push_back(std::move(row));
    }
    statement.reset();
    return rows;
}

} // namespace

Result<qint64> QueueRepository::count(const QueueFilter &filter)
{
    auto statement = m_db.cached("SELECT count(*) FROM leads l" + whereClause(filter));
    if (!statement)
        return statement.error();
    bindFilter(**statement, filter);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    const qint64 total = *row ? (*statement)->int64(0) : 0;
    (*statement)->reset();
    return total;
}

Result<std::vector<QueueRow>> QueueRepository::pageAfter(const QueueFilter &filter,
                                                         std::optional<QueueKey> after, int limit)
{
    const std::string_view keyset = after ? " AND (l.queue_rank, l.id) > (?5, ?6)" : "";
    auto statement =
        m_db.cached(selectRows(filter, std::string(keyset) + " ORDER BY l.queue_rank, l.id LIMIT ?7"));
    if (!statement)
        return statement.error();
    bindFilter(**statement, filter);
    if (after) {
        (*statement)->bind(keyTimeParam, after->rank);
        (*statement)->bind(keyIdParam, after->id);
    }
    (*statement)->bind(limitParam, limit);
    return readRows(**statement);
}

Result<std::vector<QueueRow>> QueueRepository::pageAt(const QueueFilter &filter, qint64 offset, int limit)
{
    if (offset <= 0)
        return pageAfter(filter, std::nullopt, limit);
    // Skipping rows costs little when only the key is read (from the index alone); the page
    // itself is then read by keyset from the row before it.
    auto statement = m_db.cached("SELECT l.queue_rank, l.id FROM leads l" + whereClause(filter) +
                                 " ORDER BY l.queue_rank, l.id LIMIT 1 OFFSET ?8");
    if (!statement)
        return statement.error();
    bindFilter(**statement, filter);
    (*statement)->bind(offsetParam, offset - 1);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::vector<QueueRow>{};
    const QueueKey before{(*statement)->int64(0), (*statement)->int64(1)};
    (*statement)->reset();
    return pageAfter(filter, before, limit);
}

QueueKey QueueRepository::keyOf(const QueueRow &row)
{
    return QueueKey{row.rank, row.id};
}

} // namespace baton
