#pragma once

#include "common/Result.h"

namespace baton {

class Database;

/// The file format: ordered migrations recorded in PRAGMA user_version.
class Schema {
public:
    /// The version this build writes.
    static int currentVersion();
    /// PRAGMA application_id of a Baton file ("BATN").
    static constexpr qint32 applicationId = 0x4241544E;

    /// Applies every step after the file's version, each in its own transaction.
    static Result<void> migrate(Database &db);
    /// Applies the steps up to `target` only (for tests that need a file of an older version).
    static Result<void> migrateTo(Database &db, int target);
};

} // namespace baton
