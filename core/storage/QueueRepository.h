#pragma once

#include "common/Result.h"
#include "storage/QueueFilter.h"
#include "storage/QueueRow.h"

#include <optional>
#include <vector>

namespace baton {

class Database;

/// Pages through a queue in indexed SQL, most urgent first: leads whose response clock runs, by
/// due time, then the others by handoff. Nothing loads the whole queue.
class QueueRepository {
public:
    explicit QueueRepository(Database &db)
        : m_db(db)
    {}

    Result<qint64> count(const QueueFilter &filter);
    /// Up to limit rows after the given key (from the start when empty): keyset paging.
    Result<std::vector<QueueRow>> pageAfter(const QueueFilter &filter, std::optional<QueueKey> after,
                                            int limit);
    /// Up to limit rows from a row number: for jumping (scroll bar dragged far).
    Result<std::vector<QueueRow>> pageAt(const QueueFilter &filter, qint64 offset, int limit);

    static QueueKey keyOf(const QueueRow &row);

private:
    Database &m_db;
};

} // namespace baton
