#pragma once

#include <optional>

namespace baton {

/// What to do with a lead whose e-mail the file (or the Baton file) already has.
enum class DuplicatePolicy {
    Update, ///< the row's non-empty values replace the lead's; empty cells keep what it had
    Skip,   ///< the lead is kept as it is; the row counts as skipped
};

struct ImportOptions {
    DuplicatePolicy duplicates = DuplicatePolicy::Update;
    bool dryRun = false;           ///< do everything, report it, and keep nothing
    int previewRows = 10;          ///< rows kept, as mapped, in the result's preview
    std::optional<qint64> actorId; ///< who imports, for the audit log; empty: not known
};

} // namespace baton
