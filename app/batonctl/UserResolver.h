#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QString>

namespace baton {
class Database;
}

namespace baton::cli {

/// Finds the user named on the command line (--as, --owner, --to) by login or id.
class UserResolver {
public:
    /// option names the option in messages ("--as"). An unknown user's message lists the logins
    /// there are.
    static Result<User> resolve(Database &db, const QString &loginOrId, const QString &option);
};

} // namespace baton::cli
