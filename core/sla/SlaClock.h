#pragma once

#include "sla/SlaState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// The response clock of one handoff. It starts at the handoff; the due time is the tier's
/// window in business time from there, in the owner's team calendar. Only a meaningful first
/// contact (as the agreement names them) stops it; a lead that leaves the queue without one has
/// missed it. Routing delay (handoff to assignment) and owner response (assignment to first
/// contact) are kept apart.
struct SlaClock {
    qint64 handoffId = 0;
    qint64 leadId = 0;
    QString tier;
    int windowMinutes = 0; ///< business minutes
    QDateTime startedAt;
    std::optional<QDateTime> dueAt; ///< none when the calendar has no working hours
    std::optional<QDateTime> assignedAt;
    std::optional<qint64> ownerId;
    std::optional<QDateTime> firstContactAt;
    std::optional<qint64> firstContactId; ///< the activity that stopped it
    std::optional<QDateTime> closedAt;    ///< the lead left the open stages

    bool running() const { return !firstContactAt && !closedAt; }
    /// Where it stands at `at`; due soon within `warnBeforeMinutes` of the due time.
    SlaState stateAt(const QDateTime &at, int warnBeforeMinutes) const;
    /// The state of a clock still running, due at `due`: on track, due soon or breached.
    static SlaState runningStateAt(const QDateTime &due, const QDateTime &at, int warnBeforeMinutes);
    /// Seconds from `at` to the due time: negative once it has passed; none without a due time.
    std::optional<qint64> secondsLeft(const QDateTime &at) const;
    std::optional<qint64> routingDelaySeconds() const;
    std::optional<qint64> ownerResponseSeconds() const;
};

} // namespace baton
