#pragma once

#include "agreement/Scorer.h"

#include <QDateTime>

#include <optional>
#include <span>

namespace baton {

/// The moment a lead first met the MQL rule, and the buying signal that made it cross.
struct MqlCrossing {
    QDateTime at;           ///< the signal event's time
    EngagementEvent signal; ///< the event that made it cross
    bool fastTrack = false; ///< crossed by a fast-track event, whatever the scores
    int fit = 0;
    int engagement = 0; ///< at that moment, counting events up to and including the signal
    int total = 0;
};

/// Finds when a lead first meets the definition's MQL rule. Engagement only rises at an event
/// and decays between events, so the first crossing, if any, is at one of the events: each is
/// tried in turn with the engagement of the events so far, at its own time.
/// Holds the scorer by reference: the scorer must outlive the evaluator.
class MqlEvaluator {
public:
    explicit MqlEvaluator(const Scorer &scorer)
        : m_scorer(scorer)
    {}

    /// `eventsInTimeOrder` sorted by occurredAt, oldest first.
    std::optional<MqlCrossing> firstCrossing(const Lead &lead,
                                             std::span<const EngagementEvent> eventsInTimeOrder) const;

private:
    const Scorer &m_scorer;
};

} // namespace baton
