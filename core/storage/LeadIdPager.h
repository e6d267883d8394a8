#pragma once

#include "common/Result.h"
#include "domain/Stage.h"

#include <optional>
#include <vector>

namespace baton {

class Database;

/// Which leads an export takes: any stage and owner unless given.
struct LeadIdFilter {
    std::optional<Stage> stage;
    std::optional<qint64> ownerId;
};

/// Lead ids in id order, a page at a time (keyset paging on the primary key), so that a pass over
/// a million leads holds one page of ids.
class LeadIdPager {
public:
    explicit LeadIdPager(Database &db)
        : m_db(db)
    {}

    /// Up to limit ids greater than afterId that match the filter.
    Result<std::vector<qint64>> after(const LeadIdFilter &filter, qint64 afterId, int limit);
    Result<qint64> count(const LeadIdFilter &filter);

private:
    Database &m_db;
};

} // namespace baton
