#pragma once

#include "storage/OpenState.h"

#include <QString>

namespace baton {

/// OpenState in words, the same in the desktop app and in `batonctl check`.
class OpenStateText {
public:
    /// "network share (NFS): rollback journal, no memory mapping" or "local disk: WAL".
    static QString storage(const OpenState &state);
    /// Why the file is read-only, e.g. "the file is not writable"; empty when it is writable.
    static QString readOnlyReason(const OpenState &state);
    /// "Read-only: the folder is not writable. Changes are off." or empty when writable.
    static QString readOnlyBanner(const OpenState &state);
};

} // namespace baton
