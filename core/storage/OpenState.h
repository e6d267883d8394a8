#pragma once

#include "storage/MountInfo.h"

#include <QString>

namespace baton {

/// How DatabaseOpener opened a file: where it lives, which journal it runs with, and, when it
/// is read-only, why. OpenStateText puts it into words.
struct OpenState {
    enum class ReadOnlyReason {
        None,          ///< writable
        Requested,     ///< the caller asked for a read-only connection
        ReadOnlyMount, ///< the filesystem is mounted read-only
        File,          ///< the file itself may not be written
        Folder,        ///< its folder may not be written (SQLite needs it for the journal)
    };

    MountInfo mount;
    QString journalMode;      ///< as SQLite names it: "wal", "delete", ...
    bool memoryMapped = true; ///< false on a network share: mmap_size is 0
    ReadOnlyReason readOnly = ReadOnlyReason::None;

    bool isRollbackJournal() const { return journalMode != QLatin1String("wal"); }
    /// Read-only for a reason other than the caller's request: a person should be told.
    bool isReadOnlyFile() const
    {
        return readOnly != ReadOnlyReason::None && readOnly != ReadOnlyReason::Requested;
    }
};

} // namespace baton
