#pragma once

#include <QString>

#include <vector>

namespace baton {

/// What one rule of the definition gave a lead at its handoff: the feedback loop asks which
/// rules' points come with which outcomes.
struct RulePoints {
    QString key;  ///< "fit:icp_industry", "engagement:pricing_page"
    QString name; ///< the rule's name in the definition
    int points = 0;

    /// The rule that gave at least half of the points, if one did.
    static const RulePoints *dominant(const std::vector<RulePoints> &all)
    {
        int total = 0;
        for (const RulePoints &rule : all)
            total += rule.points > 0 ? rule.points : 0;
        for (const RulePoints &rule : all) {
            if (total > 0 && rule.points * 2 >= total)
                return &rule;
        }
        return nullptr;
    }
};

} // namespace baton
