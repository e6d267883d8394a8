#pragma once

#include "agreement/EngagementScore.h"
#include "agreement/FitScore.h"
#include "agreement/MqlRule.h"

#include <QDateTime>

namespace baton {

/// A lead's score at a moment under one definition version, every point explained, and whether
/// it meets the MQL rule by its scores.
struct ScoreBreakdown {
    int definitionNumber = 0; ///< 0 = the built-in defaults
    QDateTime at;
    FitScore fit;
    EngagementScore engagement;
    MqlRule rule;

    int total() const { return fit.points + engagement.points; }
    bool meetsScores() const { return fit.points >= rule.minFit && engagement.points >= rule.minEngagement; }
};

} // namespace baton
