#pragma once

#include <QString>

#include <vector>

namespace baton {

/// What one fit rule gave a lead, and why, in words.
struct FitContribution {
    QString ruleId;
    QString ruleName;
    bool matched = false;
    int points = 0; ///< the rule's points when matched, else 0
    QString why;    ///< "industry Software is in Software, Fintech"
};

/// The fit score with one contribution per rule, in definition order.
struct FitScore {
    int points = 0;
    std::vector<FitContribution> explanation;
};

} // namespace baton
