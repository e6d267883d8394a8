#pragma once

#include "common/Result.h"

namespace baton {

class Database;

/// A write transaction (BEGIN IMMEDIATE): commit() or it rolls back when it goes out of scope.
/// Begun inside another, it is a savepoint of it: its commit keeps its work for the outer one
/// to commit, its rollback undoes only its own.
class Transaction {
public:
    static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();

private:
    Transaction(Database *db, bool nested)
        : m_db(db)
        , m_nested(nested)
    {}
    Database *m_db = nullptr;
    bool m_nested = false;
};

} // namespace baton
