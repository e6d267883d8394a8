#pragma once

#include <QString>

namespace baton {

/// A team's escalation path for a lead nobody has contacted: warn the owner shortly before the
/// due time, alert owner and manager when it passes, and hand the lead to someone else after a
/// further delay. Minutes are wall-clock minutes.
struct EscalationPolicy {
    int warnBeforeMinutes = 5;     ///< the owner is warned this long before the due time
    int reassignAfterMinutes = 60; ///< after the breach, the lead goes back to the pool (0: never)
    QString reassignPool;          ///< the pool it goes to; empty: the fallback pool

    bool operator==(const EscalationPolicy &) const = default;
};

} // namespace baton
