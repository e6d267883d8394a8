#include "RawQueries.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <set>

namespace baton::bench {
namespace {

std::string whereClause(const RawQueries::Filter &filter)
{
    std::string where = " WHERE l.stage IN ('mql', 'sal')";
    if (filter.ownerId)
        where += " AND l.owner_id = ?1";
    if (!filter.search.empty()) {
        where += " AND (l.name LIKE ?4 ESCAPE '\\' OR l.company_name LIKE ?4 ESCAPE '\\'"
                 " OR l.email LIKE ?4 ESCAPE '\\')";
    }
    return where;
}

std::string selectRows(const RawQueries::Filter &filter, const std::string &extra)
{
    return "SELECT l.id, l.name, l.title, l.company_name, l.email, l.stage, c.name, l.handoff_at, l.version, "
           "l.sla_due_at, l.queue_rank FROM leads l LEFT JOIN campaigns c ON c.id = l.campaign_id" +
           whereClause(filter) + extra;
}

// The lead card's queries, as LeadRepository, UserRepository and CampaignRepository run them.
constexpr const char *selectLead =
    "SELECT id, name, email, phone, title, seniority, company_name, company_domain, industry, "
    "employees, annual_revenue, country, region, campaign_id, created_at, stage, owner_id, "
    "handoff_at, revisit_on, version FROM leads WHERE id = ?1";
constexpr const char *selectUser = "SELECT id, login, name, role, team FROM users WHERE id = ?1";
constexpr const char *selectCampaign = "SELECT id, name, kind, started_on FROM campaigns WHERE id = ?1";
constexpr const char *selectEvents = "SELECT id, lead_id, type, occurred_at, detail, campaign_id FROM events "
                                     "WHERE lead_id = ?1 ORDER BY occurred_at, id";
constexpr const char *selectHistory =
    "SELECT h.id, h.lead_id, h.from_stage, h.to_stage, h.changed_at, h.user_id, u.name, "
    "h.reason_code, h.note FROM stage_changes h LEFT JOIN users u ON u.id = h.user_id "
    "WHERE h.lead_id = ?1 ORDER BY h.id";
constexpr const char *selectActivities =
    "SELECT a.id, a.lead_id, a.type, a.outcome, a.occurred_at, a.user_id, u.name, a.note "
    "FROM activities a LEFT JOIN users u ON u.id = a.user_id WHERE a.lead_id = ?1 "
    "ORDER BY a.occurred_at DESC, a.id DESC";
constexpr const char *selectOpportunity =
    "SELECT lead_id, value_cents, note, created_at, created_by FROM opportunities WHERE lead_id = ?1";

} // namespace

RawQueries::~RawQueries()
{
    for (auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *RawQueries::statement(const std::string &sql)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        sqlite3_reset(found->second);
        return found->second;
    }
    sqlite3_stmt *prepared = nullptr;
    sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &prepared, nullptr);
    m_statements.emplace(sql, prepared);
    return prepared;
}

void RawQueries::bindFilter(sqlite3_stmt *statement, const Filter &filter)
{
    if (filter.ownerId)
        sqlite3_bind_int64(statement, 1, *filter.ownerId);
    if (!filter.search.empty()) {
        const std::string pattern = "%" + filter.search + "%";
        sqlite3_bind_text(statement, 4, pattern.c_str(), static_cast<int>(pattern.size()), SQLITE_TRANSIENT);
    }
}

int RawQueries::readAll(sqlite3_stmt *statement)
{
    int rows = 0;
    const int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++rows;
        for (int column = 0; column < columns; ++column) {
            const unsigned char *text = sqlite3_column_text(statement, column);
            benchmark::DoNotOptimize(text);
        }
    }
    sqlite3_reset(statement);
    return rows;
}

int RawQueries::readQueueRows(sqlite3_stmt *statement, Key *lastKey)
{
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++rows;
        for (int column : {1, 2, 3, 4, 5, 6}) {
            const unsigned char *text = sqlite3_column_text(statement, column);
            benchmark::DoNotOptimize(text);
        }
        if (lastKey != nullptr)
            *lastKey = {sqlite3_column_int64(statement, 10), sqlite3_column_int64(statement, 0)};
        benchmark::DoNotOptimize(sqlite3_column_int64(statement, 8));
    }
    sqlite3_reset(statement);
    return rows;
}

qint64 RawQueries::count(const Filter &filter)
{
    sqlite3_stmt *counting = statement("SELECT count(*) FROM leads l" + whereClause(filter));
    bindFilter(counting, filter);
    qint64 total = 0;
    if (sqlite3_step(counting) == SQLITE_ROW)
        total = sqlite3_column_int64(counting, 0);
    sqlite3_reset(counting);
    return total;
}

int RawQueries::pageAfter(const Filter &filter, std::optional<Key> after, int limit, Key *lastKey)
{
    const std::string keyset = after ? " AND (l.queue_rank, l.id) > (?5, ?6)" : "";
    sqlite3_stmt *page = statement(selectRows(filter, keyset + " ORDER BY l.queue_rank, l.id LIMIT ?7"));
    bindFilter(page, filter);
    if (after) {
        sqlite3_bind_int64(page, 5, after->first);
        sqlite3_bind_int64(page, 6, after->second);
    }
    sqlite3_bind_int(page, 7, limit);
    return readQueueRows(page, lastKey);
}

int RawQueries::pageAt(const Filter &filter, qint64 offset, int limit)
{
    sqlite3_stmt *page = statement(selectRows(filter, " ORDER BY l.queue_rank, l.id LIMIT ?7 OFFSET ?8"));
    bindFilter(page, filter);
    sqlite3_bind_int(page, 7, limit);
    sqlite3_bind_int64(page, 8, offset);
    return readQueueRows(page, nullptr);
}

int RawQueries::card(qint64 leadId)
{
    int rows = 0;
    sqlite3_stmt *lead = statement(selectLead);
    sqlite3_bind_int64(lead, 1, leadId);
    qint64 owner = 0;
    qint64 campaign = 0;
    if (sqlite3_step(lead) == SQLITE_ROW) {
        ++rows;
        for (int column = 0; column < 20; ++column)
            benchmark::DoNotOptimize(sqlite3_column_text(lead, column));
        campaign = sqlite3_column_int64(lead, 13);
        owner = sqlite3_column_int64(lead, 16);
    }
    sqlite3_reset(lead);
    const auto one = [&](const char *sql, qint64 id) {
        sqlite3_stmt *found = statement(sql);
        sqlite3_bind_int64(found, 1, id);
        rows += readAll(found);
    };
    if (owner != 0)
        one(selectUser, owner);
    if (campaign != 0)
        one(selectCampaign, campaign);

    // The events, then each distinct campaign they name (the card shows campaign names).
    sqlite3_stmt *events = statement(selectEvents);
    sqlite3_bind_int64(events, 1, leadId);
    std::set<qint64> campaigns;
    while (sqlite3_step(events) == SQLITE_ROW) {
        ++rows;
        for (int column = 0; column < 6; ++column)
            benchmark::DoNotOptimize(sqlite3_column_text(events, column));
        if (sqlite3_column_type(events, 5) != SQLITE_NULL)
            campaigns.insert(sqlite3_column_int64(events, 5));
    }
    sqlite3_reset(events);
    for (qint64 id : campaigns)
        one(selectCampaign, id);

    one(selectHistory, leadId);
    one(selectActivities, leadId);
    one(selectOpportunity, leadId);
    return rows;
}

qint64 RawQueries::reevaluationReads()
{
    sqlite3_stmt *leads = statement(
        "SELECT l.id, l.name, l.email, l.phone, l.title, l.seniority, l.company_name, l.company_domain, "
        "l.industry, l.employees, l.annual_revenue, l.country, l.region, l.campaign_id, l.created_at, "
        "l.stage, "
        "l.owner_id, l.handoff_at, l.revisit_on, l.version, l.stage_changed_at FROM leads l "
        "WHERE (l.stage = 'nurture' OR (l.stage = 'recycled' AND (l.revisit_on IS NULL OR l.revisit_on <= "
        "'2026-03-10'))) ORDER BY l.id");
    sqlite3_stmt *events = statement(selectEvents);
    qint64 rows = 0;
    while (sqlite3_step(leads) == SQLITE_ROW) {
        for (int column = 0; column < 21; ++column)
            benchmark::DoNotOptimize(sqlite3_column_text(leads, column));
        sqlite3_reset(events);
        sqlite3_bind_int64(events, 1, sqlite3_column_int64(leads, 0));
        rows += readAll(events);
    }
    return rows;
}

qint64 RawQueries::previewReads(qint64 from, qint64 to)
{
    sqlite3_stmt *leads = statement(
        "SELECT l.id, l.title, l.seniority, l.industry, l.employees, l.annual_revenue, l.country, l.region, "
        "l.stage, l.handoff_at FROM leads l WHERE l.created_at < ?2 AND (l.last_event_at >= ?1 OR "
        "(l.handoff_at >= ?1 AND l.handoff_at < ?2)) ORDER BY l.id");
    sqlite3_bind_int64(leads, 1, from);
    sqlite3_bind_int64(leads, 2, to);
    sqlite3_stmt *events = statement("SELECT type, occurred_at, detail FROM events WHERE lead_id = ?1 "
                                     "AND occurred_at < ?2 ORDER BY occurred_at, id");
    qint64 rows = 0;
    while (sqlite3_step(leads) == SQLITE_ROW) {
        for (int column = 0; column < 10; ++column)
            benchmark::DoNotOptimize(sqlite3_column_text(leads, column));
        sqlite3_reset(events);
        sqlite3_bind_int64(events, 1, sqlite3_column_int64(leads, 0));
        sqlite3_bind_int64(events, 2, to);
        rows += readAll(events);
    }
    return rows;
}

} // namespace baton::bench
