#pragma once

#include "common/Result.h"

namespace baton {

class Database;

/// A write transaction (BEGIN IMMEDIATE): commit() or it rolls back when it goes out of scope.
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
    explicit Transaction(Database *db)
        : m_db(db)
    {}
    Database *m_db = nullptr;
};

} // namespace baton
