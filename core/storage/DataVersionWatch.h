#pragma once

#include "common/Result.h"

namespace baton {

class Database;

/// Notices that another connection (a colleague's Baton, batonctl, an import on its own
/// connection) committed to the file since the last look, through PRAGMA data_version: one cheap
/// query that reads no table. The connection's own writes do not count.
class DataVersionWatch {
public:
    /// Takes the connection's current data version as the one already seen.
    static Result<DataVersionWatch> start(Database &db);

    /// Whether someone else wrote since the last call (or since start); each change is told once.
    Result<bool> changed();

private:
    DataVersionWatch(Database &db, qint64 seen)
        : m_db(&db)
        , m_seen(seen)
    {}
    Database *m_db;
    qint64 m_seen;
};

} // namespace baton
