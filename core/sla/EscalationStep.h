#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// One step of a team's escalation path, as it happened to one handoff.
struct EscalationStep {
    enum class Kind {
        Warn,     ///< the owner is warned the due time is near
        Breach,   ///< the due time passed: owner and manager are alerted
        Reassign, ///< still nobody: the lead goes to someone else
    };
    qint64 id = 0;
    qint64 handoffId = 0;
    qint64 leadId = 0;
    Kind kind = Kind::Warn;
    QDateTime at;
    std::optional<qint64> ownerId;
    std::optional<qint64> managerId;
    std::optional<qint64> newOwnerId;
    QString detail;

    static QString kindName(Kind kind); ///< "warn", "breach", "reassign"
    static std::optional<Kind> kindFromName(QStringView name);
};

} // namespace baton
