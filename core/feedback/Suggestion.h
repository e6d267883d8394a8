#pragma once

#include <QString>

namespace baton {

/// A change to the definition that the feedback points at, in words with its numbers: leads
/// whose points come mostly from one rule are turned down for one reason far more often than
/// the rest.
struct Suggestion {
    QString text;
    QString ruleKey; ///< "fit:…" or "engagement:…"
    QString ruleName;
    QString reasonCode;
    QString reasonLabel;
    int dominated = 0; ///< decided handoffs whose points came mostly from the rule
    int dominatedWithReason = 0;
    int rest = 0; ///< the other decided handoffs
    int restWithReason = 0;
    double ratio = 0; ///< how many times as often
    double currentPoints = 0;
    double proposedPoints = 0;
};

} // namespace baton
