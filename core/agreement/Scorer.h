#pragma once

#include "agreement/Definition.h"
#include "agreement/DetailPattern.h"
#include "agreement/EngagementScore.h"
#include "agreement/FitMatcher.h"
#include "agreement/FitScore.h"
#include "agreement/RulePoints.h"
#include "domain/EngagementEvent.h"
#include "domain/Lead.h"

#include <QDateTime>

#include <array>
#include <cmath>
#include <span>
#include <vector>

namespace baton {

/// Scores leads against one definition. The rules are compiled once (trimmed lists, globs split
/// into prefix/suffix/parts, a rule table per event type) so that the points-only calls allocate
/// nothing; the explained calls build their words on request.
///
/// Engagement: an event at or before `at` gives points × 0.5^(age in days / half-life); events
/// after `at` are ignored. Each event counts for the first rule of its type whose pattern matches.
/// A rule's cap applies to its decayed sum. The total is rounded to an integer at the end.
class Scorer {
public:
    explicit Scorer(const Definition &definition);

    int fitPoints(const Lead &lead) const;
    FitScore fit(const Lead &lead) const;

    int engagementPoints(std::span<const EngagementEvent> events, const QDateTime &at) const;
    EngagementScore engagement(std::span<const EngagementEvent> events, const QDateTime &at) const;

    /// The points each rule gives, without the words: the rules that give none are left out;
    /// fit rules first, engagement rules' decayed and capped points rounded each.
    std::vector<RulePoints> rulePoints(const Lead &lead, std::span<const EngagementEvent> events,
                                       const QDateTime &at) const;

    /// fitPoints + engagementPoints.
    int totalPoints(const Lead &lead, std::span<const EngagementEvent> events, const QDateTime &at) const;

    const Definition &definition() const { return m_definition; }

    /// Whether scoring an event of this type looks at its detail (a rule of the type has a pattern).
    bool readsDetail(EventType type) const;
    /// Whether some rule scores events of this type.
    bool scores(EventType type) const { return !m_rulesByType[static_cast<size_t>(type)].empty(); }
    /// The engagement rule an event counts for (the first of its type whose pattern matches), -1 for none.
    int ruleFor(EventType type, QStringView detail) const;

private:
    friend class EngagementTally;

    struct EngagementMatcher {
        DetailPattern pattern;
        double points = 0;
        double decayPerMs = 0; ///< 1 / half-life in ms; 0 never decays
        double cap = 0;
        bool hasCap = false;
        QString key; ///< "engagement:" + the rule's id
    };

    int ruleFor(const EngagementEvent &event) const { return ruleFor(event.type, event.detail); }
    static double decayed(const EngagementMatcher &rule, qint64 ageMs)
    {
        return rule.decayPerMs == 0.0
                   ? rule.points
                   : rule.points * std::exp2(-static_cast<double>(ageMs) * rule.decayPerMs);
    }
    static double capped(const EngagementMatcher &rule, double sum)
    {
        return rule.hasCap && sum > rule.cap ? rule.cap : sum;
    }

    Definition m_definition;
    std::vector<FitMatcher> m_fit;
    std::vector<EngagementMatcher> m_engagement;
    std::array<std::vector<int>, allEventTypes.size()> m_rulesByType;
};

} // namespace baton
