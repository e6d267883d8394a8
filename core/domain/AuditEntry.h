#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace baton {

/// One line of the audit log: a change someone made, or a run Baton made on its own, with the
/// state before and after it.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> userId; ///< empty: Baton itself (routing, escalation, a scheduled run)
    QString userName;             ///< read back with the entry; empty for Baton itself
    QString origin;               ///< the program and machine, e.g. "batonctl on sales-laptop"
    QString subject;              ///< what was changed: "lead", "definition", "routing", "user", …
    std::optional<qint64> subjectId;
    QString action;  ///< what was done to it: "accept", "reject", "sign", "add", …
    QString summary; ///< the change in words, as the log shows it
    QJsonObject before;
    QJsonObject after;
};

} // namespace baton
