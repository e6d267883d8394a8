#pragma once

#include "sla/SlaState.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// How a response clock reads in the queue and the alerts: a countdown, and its state's colours.
class SlaFormat {
    Q_DECLARE_TR_FUNCTIONS(SlaFormat)
public:
    /// Minutes before the due time a running clock counts as due soon, where the team sets none.
    static constexpr int dueSoonMinutes = 5;

    /// The state of a running clock due at `due`, at `now`.
    static SlaState runningState(const QDateTime &due, const QDateTime &now);
    /// "12 min left", "2 h 5 min left", "3 d left", "overdue 7 min", "overdue 2 h".
    static QString countdown(const QDateTime &due, const QDateTime &now);
    static QColor foreground(SlaState state);
    static QColor background(SlaState state);
};

} // namespace baton
