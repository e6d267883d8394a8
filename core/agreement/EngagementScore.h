#pragma once

#include <QString>

#include <vector>

namespace baton {

/// What one engagement rule gave a lead at a moment, and why.
struct EngagementContribution {
    QString ruleId;
    QString ruleName;
    int eventsMatched = 0;
    double rawPoints = 0;     ///< before decay
    double decayedPoints = 0; ///< after decay, before the cap
    bool capped = false;
    double points = 0; ///< what the rule contributes: decayed, then capped
    QString why;       ///< "3 events × 10 = 30, decayed to 21.4, capped at 20"
};

/// The engagement score at a moment. Each event counts for the first rule (in definition order)
/// whose event type and detail pattern it matches. Rule contributions are summed exactly and the
/// total is rounded to the nearest integer once, at the end: `points` is what thresholds compare.
struct EngagementScore {
    int points = 0;
    double exactPoints = 0; ///< the unrounded sum, for display with one decimal
    std::vector<EngagementContribution> explanation;
};

} // namespace baton
