#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/DemoRows.h"
#include "storage/Statement.h"

#include <sqlite3.h>

#include <utility>
#include <vector>

namespace baton::demorows {

/// Collects rows of one table and inserts them a chunk per statement; the rest one by one.
/// The rows (and the text they point to) must stay alive until finish().
template<typename Row>
class DemoChunker {
public:
    using Bind = void (*)(sqlite3_stmt *, int, qint64, const Row &);

    DemoChunker(Database &db, Statement &one, Statement &chunk, const TableInsert &insert, Bind bind)
        : m_db(db)
        , m_one(one.handle())
        , m_chunk(chunk.handle())
        , m_insert(insert)
        , m_bind(bind)
    {
        m_pending.reserve(static_cast<size_t>(insert.rowsPerChunk));
    }

    Result<void> add(qint64 leadId, const Row &row)
    {
        m_pending.push_back({leadId, &row});
        if (static_cast<int>(m_pending.size()) < m_insert.rowsPerChunk)
            return {};
        int base = 0;
        for (const auto &[id, pending] : m_pending) {
            m_bind(m_chunk, base, id, *pending);
            base += m_insert.columnCount;
        }
        m_pending.clear();
        return step(m_chunk);
    }

    Result<void> finish()
    {
        for (const auto &[id, pending] : m_pending) {
            m_bind(m_one, 0, id, *pending);
            BATON_TRY(step(m_one));
        }
        m_pending.clear();
        return {};
    }

private:
    Result<void> step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE) {
            sqlite3_reset(statement);
            return {};
        }
        Error error = m_db.lastError(m_insert.table);
        sqlite3_reset(statement);
        return error;
    }

    Database &m_db;
    sqlite3_stmt *m_one;
    sqlite3_stmt *m_chunk;
    const TableInsert &m_insert;
    Bind m_bind;
    std::vector<std::pair<qint64, const Row *>> m_pending;
};

} // namespace baton::demorows
