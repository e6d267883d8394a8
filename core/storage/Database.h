#pragma once

#include "common/Result.h"
#include "storage/BusyRetry.h"
#include "storage/OpenState.h"
#include "storage/Statement.h"

#include <QString>

#include <memory>
#include <string_view>
#include <utility>

struct sqlite3;

namespace baton {

/// One open SQLite connection. Not copyable; closed when destroyed.
/// Open Baton files through DatabaseOpener, which checks and migrates them.
class Database {
public:
    enum class Access { ReadWrite, ReadOnly };

    /// Opens (or, with create, makes) a raw SQLite connection: no checks, no pragmas. An
    /// immutable connection (read-only) takes no locks and never looks for a WAL index: for a
    /// WAL file in a folder where its -shm file cannot be made.
    static Result<std::unique_ptr<Database>> openRaw(const QString &path, Access access, bool create,
                                                     bool immutable = false);

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    /// A statement kept prepared for the life of the connection (reset before it is handed out).
    Result<Statement *> cached(std::string_view sql);

    /// Runs a query that returns one integer (e.g. PRAGMA user_version).
    Result<qint64> queryInt(std::string_view sql);

    qint64 lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /// Where the file lives, its journal mode and why it is read-only; set by DatabaseOpener.
    const OpenState &openState() const { return m_openState; }
    void setOpenState(OpenState state) { m_openState = std::move(state); }
    /// How a transaction on this connection waits for a file another program has locked.
    BusyRetry &busyRetry() { return m_busyRetry; }
    void setBusyRetry(BusyRetry retry) { m_busyRetry = std::move(retry); }

    /// Turns the connection's last SQLite error into an Error.
    Error lastError(std::string_view context) const;

private:
    Database(sqlite3 *db, QString path, Access access);

    struct StatementCache;
    sqlite3 *m_db = nullptr;
    QString m_path;
    Access m_access;
    OpenState m_openState;
    BusyRetry m_busyRetry;
    std::unique_ptr<StatementCache> m_cache;
};

} // namespace baton
