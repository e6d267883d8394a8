#pragma once

#include "agreement/ContextCompleteness.h"
#include "agreement/RulePoints.h"
#include "agreement/Scorer.h"

#include <QDateTime>

#include <optional>
#include <span>

namespace baton {

/// Why and how a lead is handed over at a moment: its scores then, the buying signal, and how
/// complete its context package is.
struct HandoffDecision {
    QDateTime at;
    std::optional<EngagementEvent> signal; ///< the event that made it cross; none by hand
    bool fastTrack = false;
    int fit = 0;
    int engagement = 0;
    Completeness context;
    std::vector<RulePoints> rulePoints; ///< the rules that gave points, fit rules first

    int total() const { return fit + engagement; }
};

/// Decides when a lead marketing holds meets the MQL rule of one definition. Holds the scorer by
/// reference: the scorer must outlive the judge. Events are given oldest first; events after the
/// moment judged are ignored.
class HandoffJudge {
public:
    explicit HandoffJudge(const Scorer &scorer)
        : m_scorer(scorer)
    {}

    /// An event has just arrived (events[arrived]): the lead is handed over at `now` when that
    /// event is a fast-track event, or when its fit and its engagement at `now` meet the rule.
    /// The arriving event is the buying signal.
    std::optional<HandoffDecision> onArrival(const Lead &lead, std::span<const EngagementEvent> events,
                                             size_t arrived, const QDateTime &now) const;

    /// A newly effective version looks at a lead marketing holds since `since` (when it entered
    /// its stage). It is handed over at `now` when it had a fast-track event since then (the
    /// latest is the signal), or when its scores at `now` meet the rule; the signal is then the
    /// event from which its engagement has stayed at or above the bar.
    std::optional<HandoffDecision> reevaluate(const Lead &lead, std::span<const EngagementEvent> events,
                                              const QDateTime &since, const QDateTime &now) const;

    /// The record of a handoff made by hand at `at`: the scores then, no signal.
    HandoffDecision manual(const Lead &lead, std::span<const EngagementEvent> events,
                           const QDateTime &at) const;

    /// The record of a handoff at `at` whose buying signal is known (fast track when the signal is
    /// one of the rule's fast-track events): the scores then, counting events up to `at`.
    HandoffDecision describe(const Lead &lead, std::span<const EngagementEvent> events, const QDateTime &at,
                             const std::optional<EngagementEvent> &signal) const;

private:
    bool isFastTrack(EventType type) const;
    HandoffDecision decision(const Lead &lead, std::span<const EngagementEvent> events, const QDateTime &at,
                             std::optional<EngagementEvent> signal, bool fastTrack) const;
    /// The first event of the run, ending at the last event before `now`, in which the
    /// engagement never fell below minEngagement; nullopt when there are no events.
    std::optional<size_t> runStart(std::span<const EngagementEvent> events, int minEngagement) const;

    const Scorer &m_scorer;
};

} // namespace baton
