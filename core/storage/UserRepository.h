#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <optional>
#include <vector>

namespace baton {

class Database;

class UserRepository {
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    Result<std::vector<User>> all();
    Result<User> find(qint64 id);
    /// By login ("maya.patel"), or by id when the text is a number.
    Result<User> findByLogin(const QString &loginOrId);
    /// Stores a new user; fills in and returns its id.
    Result<qint64> insert(const User &user);

private:
    Database &m_db;
};

} // namespace baton
