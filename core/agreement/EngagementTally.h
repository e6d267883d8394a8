#pragma once

#include "domain/EngagementEvent.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace baton {

class Scorer;

/// Engagement added up event by event, in time order: each rule's decayed sum is carried forward
/// (decay is a factor per elapsed time, so sum × factor + points is the sum of every event's
/// decayed points), and the score after each event costs one step instead of a pass over the
/// lead's history. Gives what Scorer::engagementPoints gives, up to floating-point rounding.
/// Holds the scorer by reference: the scorer must outlive it.
class EngagementTally {
public:
    explicit EngagementTally(const Scorer &scorer);
    EngagementTally(const EngagementTally &) = delete;
    EngagementTally &operator=(const EngagementTally &) = delete;
    EngagementTally(EngagementTally &&) = delete;
    EngagementTally &operator=(EngagementTally &&) = delete;
    ~EngagementTally() = default;

    /// Starts again with no events.
    void reset();
    /// Counts one more event; events come oldest first.
    void add(const EngagementEvent &event);
    /// The same for an event that counts for this rule (Scorer::ruleFor; -1 counts for nothing).
    void add(int rule, qint64 atMs);
    /// The engagement of the events added so far, at `atMs` (not before the last one added).
    int pointsAt(qint64 atMs) const;

private:
    static constexpr size_t inlineRules = 32; ///< more rules than this go to the heap

    const Scorer &m_scorer;
    size_t m_rules = 0;
    std::array<double, inlineRules> m_inlineSums{};
    std::array<qint64, inlineRules> m_inlineLast{};
    std::vector<double> m_heapSums;
    std::vector<qint64> m_heapLast;
    double *m_sums = nullptr;   ///< per rule, as of m_lastMs
    qint64 *m_lastMs = nullptr; ///< per rule, the time of its last event
};

} // namespace baton
