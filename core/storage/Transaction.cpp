#include "storage/Transaction.h"

#include "storage/Database.h"

#include <utility>

namespace baton {

Result<Transaction> Transaction::begin(Database &db)
{
    auto begun = db.exec("BEGIN IMMEDIATE");
    if (!begun)
        return begun.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Transaction::~Transaction()
{
    if (m_db != nullptr)
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (m_db == nullptr)
        return makeError(ErrorKind::Storage, QStringLiteral("The transaction has already ended."));
    auto committed = m_db->exec("COMMIT");
    if (committed)
        m_db = nullptr;
    return committed;
}

} // namespace baton
