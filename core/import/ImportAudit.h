#pragma once

#include "common/Result.h"
#include "import/ImportResult.h"

#include <QDateTime>

#include <optional>

class QIODevice;

namespace baton {

class Database;

/// The audit entry of one imported file: what was read, added, updated, skipped, refused, handed
/// over and routed. One entry per file, written in the import's transaction.
class ImportAudit {
public:
    /// `what` is "leads" or "events".
    static Result<void> record(Database &db, const QDateTime &at, std::optional<qint64> actorId,
                               const QIODevice &file, const QString &what, const ImportResult &result);
};

} // namespace baton
