#include "sla/SlaClock.h"

namespace baton {

SlaState SlaClock::stateAt(const QDateTime &at, int warnBeforeMinutes) const
{
    if (firstContactAt)
        return !dueAt || *firstContactAt <= *dueAt ? SlaState::Met : SlaState::Missed;
    if (closedAt)
        return SlaState::Missed;
    if (!dueAt)
        return SlaState::OnTrack;
    return runningStateAt(*dueAt, at, warnBeforeMinutes);
}

SlaState SlaClock::runningStateAt(const QDateTime &due, const QDateTime &at, int warnBeforeMinutes)
{
    if (at > due)
        return SlaState::Breached;
    return at.secsTo(due) <= qint64{warnBeforeMinutes} * 60 ? SlaState::DueSoon : SlaState::OnTrack;
}

std::optional<qint64> SlaClock::secondsLeft(const QDateTime &at) const
{
    if (!dueAt)
        return std::nullopt;
    return at.secsTo(*dueAt);
}

std::optional<qint64> SlaClock::routingDelaySeconds() const
{
    if (!assignedAt)
        return std::nullopt;
    return startedAt.secsTo(*assignedAt);
}

std::optional<qint64> SlaClock::ownerResponseSeconds() const
{
    if (!assignedAt || !firstContactAt)
        return std::nullopt;
    return assignedAt->secsTo(*firstContactAt);
}

} // namespace baton
