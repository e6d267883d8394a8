#pragma once

#include "common/Result.h"

#include <QString>

namespace baton {

class Database;

/// Integrity and schema version of an open file, as `batonctl check` reports them.
struct FileCheckReport {
    int schemaVersion = 0;
    int supportedVersion = 0;
    bool integrityOk = false;
    QString integrityMessage; ///< "ok" or SQLite's list of problems
    bool foreignKeysOk = false;
    qint64 leads = 0;
    qint64 events = 0;
    qint64 users = 0;
    QString journalMode;
};

class FileCheck {
public:
    static Result<FileCheckReport> run(Database &db);
};

} // namespace baton
