#include "routing/RoutingState.h"

namespace baton {

int RoutingState::open(qint64 user) const
{
    const auto found = openLeads.find(user);
    return found == openLeads.end() ? 0 : found->second;
}

int RoutingState::assigned(qint64 user, const QDate &day) const
{
    const auto found = assignedOn.find({user, day});
    return found == assignedOn.end() ? 0 : found->second;
}

void RoutingState::noteAssigned(qint64 user, const QDate &day)
{
    ++openLeads[user];
    ++assignedOn[{user, day}];
}

} // namespace baton
