#pragma once

#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// One step of a lead's history; never updated or deleted once stored.
struct StageChange {
    qint64 id = 0;
    qint64 leadId = 0;
    std::optional<Stage> from; ///< empty for the lead's creation
    Stage to = Stage::Nurture;
    QDateTime changedAt;
    std::optional<qint64> userId; ///< empty when the system made the move
    QString userName;             ///< filled when read, for display
    QString reasonCode;
    QString note;
    bool withoutContact = false; ///< moved on from mql or sal with no meaningful contact behind it
};

} // namespace baton
