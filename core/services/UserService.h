#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/User.h"

namespace baton {

class Database;

/// Adds the people who work in a Baton file, with the rules a login and a name must follow.
/// Front ends add users through here, not through UserRepository.
class UserService {
public:
    UserService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// Stores a new user and returns its id. The login is lower-case letters, digits, '.', '_'
    /// and '-', starts with a letter or digit, is not only digits (that reads as an id) and is not
    /// taken yet (ignoring case); the name is required. Login, name and team are stored trimmed.
    /// One write transaction, recorded in the audit log.
    Result<qint64> add(const User &user);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
