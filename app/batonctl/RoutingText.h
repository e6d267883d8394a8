#pragma once

#include "routing/RoutingAction.h"
#include "routing/RoutingCondition.h"

#include <QString>

namespace baton::cli {

/// How batonctl writes routing's parts for people.
class RoutingText {
public:
    /// "country US or CA; industry Software; score 60 or more"; "every lead" when empty.
    static QString condition(const RoutingCondition &when);
    /// "to sam.sdr", "to pool “Sales”", "to the account's owner".
    static QString action(const RoutingAction &action);
    /// Which rule decided, from a decision's rule name and position: "“Enterprise”, position 2",
    /// "the fallback pool", "pool “Sales”" (an escalation), or "none" (by hand, or nobody found).
    static QString rule(const QString &ruleName, int rulePosition);
    /// “Sales”, as routing's own messages quote names.
    static QString quoted(const QString &name);
};

} // namespace baton::cli
