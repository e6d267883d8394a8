#include "meeting/ActionStatus.h"

namespace baton {

QString actionStatusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("Open");
    case ActionStatus::InProgress:
        return QStringLiteral("In progress");
    case ActionStatus::Done:
        return QStringLiteral("Done");
    case ActionStatus::Dropped:
        return QStringLiteral("Dropped");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromName(QStringView name)
{
    for (ActionStatus status : allActionStatuses) {
        if (name == actionStatusName(status))
            return status;
    }
    return std::nullopt;
}

bool isStillOpen(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

} // namespace baton
