#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

#include <chrono>
#include <memory>

namespace baton {

/// Opens a Baton file the safe way: a file that is not SQLite, not Baton's, or from a
/// newer Baton is refused before anything is written to it; otherwise the connection is
/// configured (foreign keys, busy timeout) and migrated to this version.
///
/// On a local disk the file runs in WAL mode. On a network share (NFS, SMB/CIFS, FUSE, ...; see
/// FileSystemProbe, and BATON_FILESYSTEM=network|local to override) it runs with a rollback
/// journal and no memory mapping, and a file found in WAL mode there is switched back when it
/// may be written. A file, folder or mount that may not be written opens read-only; the reason is
/// in Database::openState().
class DatabaseOpener {
public:
    enum class Mode {
        CreateIfMissing, ///< make a new, empty Baton file when none exists
        MustExist,       ///< refuse a path with no file
        ReadOnly,        ///< never write; refuse files that need migrating
    };

    /// How long opening waits for a colleague's write to end before it says the file is locked.
    static constexpr std::chrono::milliseconds defaultBusyLimit{5'000};

    /// A truncated or corrupt file and one locked by another program past `busyLimit` are refused
    /// with a sentence that says so; none of the refusals writes to the file.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::CreateIfMissing,
                                                  std::chrono::milliseconds busyLimit = defaultBusyLimit);
};

} // namespace baton
