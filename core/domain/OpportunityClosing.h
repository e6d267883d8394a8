#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// How an opportunity ended: won, or lost with the reason.
struct OpportunityClosing {
    bool won = false;
    QString reason;
    QDateTime closedAt;
    std::optional<qint64> closedBy;
    QString closedByName; ///< filled when read, for display
};

} // namespace baton
