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
    auto begun = db.exec(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
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
    auto committed = m_db->exec(m_nested ? "RELEASE nested" : "COMMIT");
    if (committed)
        m_db = nullptr;
    return committed;
}

} // namespace baton
