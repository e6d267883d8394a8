#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace baton::bench {

/// The queue and lead-card queries of QueueRepository and LeadRepository, word for word, run
/// through the bare SQLite C API: the floor the repositories can be compared with.
class RawQueries {
public:
    explicit RawQueries(sqlite3 *db)
        : m_db(db)
    {}
    RawQueries(const RawQueries &) = delete;
    RawQueries &operator=(const RawQueries &) = delete;
    ~RawQueries();

    struct Filter {
        std::optional<qint64> ownerId;
        std::string search; ///< the LIKE pattern text, without the % around it
    };
    using Key = std::pair<qint64, qint64>; ///< (queue_rank, id)

    qint64 count(const Filter &filter);
    /// Reads up to limit rows after key (keyset) and returns how many; lastKey gets the last row's key.
    int pageAfter(const Filter &filter, std::optional<Key> after, int limit, Key *lastKey = nullptr);
    int pageAt(const Filter &filter, qint64 offset, int limit);
    /// The queries of LeadRepository::card; returns the number of rows read.
    int card(qint64 leadId);
    /// What a re-evaluation reads: every nurture lead's row, then its events; returns the events read.
    qint64 reevaluationReads();
    /// What an impact preview asks of every lead active in [from, to) (unix seconds): its row,
    /// then its events up to `to` with their type and detail, one query a lead; returns the events read.
    qint64 previewReads(qint64 from, qint64 to);

private:
    sqlite3_stmt *statement(const std::string &sql);
    void bindFilter(sqlite3_stmt *statement, const Filter &filter);
    int readQueueRows(sqlite3_stmt *statement, Key *lastKey);
    int readAll(sqlite3_stmt *statement);

    sqlite3 *m_db;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
};

} // namespace baton::bench
