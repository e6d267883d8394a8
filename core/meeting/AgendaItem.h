#pragma once

#include "metrics/MetricKey.h"

#include <QString>

#include <optional>

namespace baton {

/// One point of the joint review's agenda for a week (see ReviewAgenda and the "Agenda" section
/// of docs/metrics.md), in words, with the metric it is about.
struct AgendaItem {
    enum class Kind {
        MissedTarget,      ///< the week missed a target both teams agreed
        Change,            ///< one of the largest changes against the week before
        CarriedOverAction, ///< an action item from an earlier week, still open or in progress
    };

    Kind kind = Kind::Change;
    std::optional<MetricKey> metric; ///< none for an action item raised without one
    QString text;                    ///< "SLA compliance fell 12 points (91% → 79%)"
    /// The number moved the wrong way (a change), or the target was missed.
    bool worse = false;
    /// How large the change is on the agenda's scale-free measure: points / 100 for a rate, the
    /// relative change for a count or a duration (0.12 for 12 points or 12%). 0 for the others.
    double size = 0;
    std::optional<qint64> actionItemId; ///< the carried-over item

    bool operator==(const AgendaItem &) const = default;
};

} // namespace baton
