#pragma once

#include "common/Result.h"

#include <QtGlobal>

#include <optional>

namespace baton {

class Database;
struct DemoContext;

/// The version of the definition the demo's later handoffs were made under, and since when.
struct DemoAgreementRound {
    int effectiveNumber = 0;
    qint64 effectiveFrom = 0; ///< unix seconds
};

/// Writes the demo's agreement history into a file that has none: in its first weeks each team
/// drafted, a manager reconciled the drafts into a proposal (the built-in rules, as it happens)
/// and both managers signed it; in the last week a new round started, with marketing's and
/// sales' drafts differing on a few rules and no proposal yet. Within the caller's transaction.
class DemoAgreement {
public:
    /// nullopt when the file already has versions of its own (they are left as they are).
    static Result<std::optional<DemoAgreementRound>> write(Database &db, const DemoContext &context);
};

} // namespace baton
