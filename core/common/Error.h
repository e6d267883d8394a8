#pragma once

#include <QString>

namespace baton {

/// What went wrong, as a category a caller can act on. The message says it in words.
enum class ErrorKind {
    NotFound,          ///< the lead, user or record asked for does not exist
    InvalidInput,      ///< a value given by the caller is not acceptable
    InvalidTransition, ///< the lifecycle does not allow this stage change
    ReasonRequired,    ///< an exit stage needs a reason (or a note) that was not given
    PermissionDenied,  ///< the acting user's role may not do this
    Conflict,          ///< someone else changed the record since it was read
    NotADatabase,      ///< the file is not an SQLite database
    NotABatonFile,     ///< an SQLite database, but not one Baton wrote
    NewerSchema,       ///< written by a newer Baton; refused, left untouched
    Damaged,           ///< an SQLite database that is truncated or corrupt
    ReadOnly,          ///< the file or its folder cannot be written
    Busy,              ///< another process holds the lock for too long
    Io,                ///< the operating system refused a read or write
    Storage,           ///< SQLite reported an unexpected error
    Cancelled,         ///< the person stopped it; nothing was kept
};

/// A typed failure: the kind to branch on, and a sentence for people that says
/// what happened and what to do about it.
struct Error {
    ErrorKind kind = ErrorKind::Storage;
    QString message;
};

} // namespace baton
