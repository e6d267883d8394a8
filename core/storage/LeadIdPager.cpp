#include "storage/LeadIdPager.h"

#include "storage/Database.h"

namespace baton {
namespace {

void bindFilter(Statement &statement, const LeadIdFilter &filter)
{
    if (filter.stage)
        statement.bind(1, stageName(*filter.stage));
    else
        statement.bindNull(1);
    statement.bind(2, filter.ownerId);
}

} // namespace

Result<std::vector<qint64>> LeadIdPager::after(const LeadIdFilter &filter, qint64 afterId, int limit)
{
    auto statement = m_db.cached("SELECT id FROM leads WHERE id > ?3 AND (?1 IS NULL OR stage = ?1) "
                                 "AND (?2 IS NULL OR owner_id = ?2) ORDER BY id LIMIT ?4");
    if (!statement)
        return statement.error();
    Statement &query = **statement;
    bindFilter(query, filter);
    query.bind(3, afterId);
    query.bind(4, limit);
    std::vector<qint64> ids;
    ids.reserve(static_cast<size_t>(limit));
    for (;;) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back(query.int64(0));
    }
    return ids;
}

Result<qint64> LeadIdPager::count(const LeadIdFilter &filter)
{
    auto statement = m_db.cached("SELECT count(*) FROM leads WHERE (?1 IS NULL OR stage = ?1) "
                                 "AND (?2 IS NULL OR owner_id = ?2)");
    if (!statement)
        return statement.error();
    Statement &query = **statement;
    bindFilter(query, filter);
    auto row = query.step();
    if (!row)
        return row.error();
    return *row ? query.int64(0) : 0;
}

} // namespace baton
