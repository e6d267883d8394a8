#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// Where an action item from the joint review stands. Open and in-progress items carry over to
/// the weeks after the one they were raised in; done and dropped ones stop there.
enum class ActionStatus {
    Open,       ///< agreed, not started
    InProgress, ///< its owner is on it
    Done,       ///< finished
    Dropped,    ///< no longer wanted
};

inline constexpr std::array<ActionStatus, 4> allActionStatuses{ActionStatus::Open, ActionStatus::InProgress,
                                                               ActionStatus::Done, ActionStatus::Dropped};

QString actionStatusName(ActionStatus status);  ///< "open", "in_progress", "done", "dropped"
QString actionStatusLabel(ActionStatus status); ///< "Open", "In progress", "Done", "Dropped"
std::optional<ActionStatus> actionStatusFromName(QStringView name);
/// Open and in progress: still to do, so it carries over.
bool isStillOpen(ActionStatus status);

} // namespace baton
