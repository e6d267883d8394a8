#pragma once

#include "common/Result.h"
#include "domain/Lead.h"

#include <QJsonObject>

#include <optional>

namespace baton {

class Database;

/// Writes the audit entry of a change to one lead, inside the change's transaction: the lead's
/// stage, owner and version before, the same after, and what else the change set.
class LeadAudit {
public:
    /// The lead's audited state: stage, owner, version and revisit date.
    static QJsonObject state(const Lead &lead);

    /// `after` is the lead as the change leaves it; `details` adds what the change set beside it
    /// (reason, note, value…) to the after state.
    static Result<void> record(Database &db, const QDateTime &at, const Lead &before, const Lead &after,
                               std::optional<qint64> actorId, const QString &action, const QString &summary,
                               const QJsonObject &details = {});

    /// "Lead 42 (Jane Doe at Acme)".
    static QString label(const Lead &lead);
};

} // namespace baton
