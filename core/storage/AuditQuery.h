#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// Which audit entries to read, newest first. Every field narrows the list; all empty: the latest.
struct AuditQuery {
    std::optional<QDateTime> since; ///< at or after
    std::optional<QDateTime> until; ///< before
    std::optional<qint64> userId;
    bool systemOnly = false; ///< only what Baton did on its own (no user)
    QString subject;         ///< "lead", "definition", … empty: any
    std::optional<qint64> subjectId;
    QString action;                  ///< empty: any
    std::optional<qint64> olderThan; ///< entries with a smaller id only: the next page
    int limit = 200;
};

} // namespace baton
