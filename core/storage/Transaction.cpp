#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace baton {

Result<Transaction> Transaction::begin(Database &db)
{
    // Inside a caller's transaction: a savepoint, so that one service can build on another and
    // the whole stays one transaction.
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    // Another program writing holds the lock: SQLite waits its busy timeout, then the begin is
    // tried again until the retry's limit.
    auto begun = nested ? db.exec("SAVEPOINT nested")
                        : db.busyRetry().run([&db] { return db.exec("BEGIN IMMEDIATE"); });
    if (!begun)
        return begun.error();
    return Transaction(&db, nested);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested)
{}

Transaction::~Transaction()
{
    if (m_db == nullptr)
        return;
    if (m_nested)
        (void)m_db->exec("ROLLBACK TO nested; RELEASE nested");
    else
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (m_db == nullptr)
        return makeError(ErrorKind::Storage, QStringLiteral("The transaction has already ended."));
    // A commit refused as busy (readers of a rollback-journal file) leaves the transaction open,
    // so it may be tried again.
    Database *db = m_db;
    auto committed =
        m_nested ? db->exec("RELEASE nested") : db->busyRetry().run([db] { return db->exec("COMMIT"); });
    if (committed)
        m_db = nullptr;
    return committed;
}

} // namespace baton
