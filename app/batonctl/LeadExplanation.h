#pragma once

#include "agreement/ContextCompleteness.h"
#include "agreement/EngagementScore.h"
#include "agreement/FitScore.h"
#include "agreement/MqlEvaluator.h"
#include "agreement/MqlRule.h"
#include "domain/Lead.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace baton::cli {

/// Everything `lead explain` shows: the lead scored against one definition version at a moment.
struct LeadExplanation {
    Lead lead;
    int definitionVersion = 0; ///< 0 = the built-in defaults
    QDateTime at;              ///< "now", for the engagement decay
    FitScore fit;
    EngagementScore engagement;
    MqlRule mqlRule;
    std::optional<MqlCrossing> crossing;
    Completeness context;

    int total() const { return fit.points + engagement.points; }
    /// Whether the rule is met now: by the scores, or by a fast-track event in the crossing.
    bool mqlMetNow() const;

    void writeText(QTextStream &out) const;
    QJsonObject toJson() const;
};

} // namespace baton::cli
