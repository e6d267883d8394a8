#pragma once

#include "metrics/PeriodMetrics.h"
#include "metrics/ReviewHandoff.h"

#include <map>
#include <optional>
#include <vector>

namespace baton {

/// Counts handoffs into one period's metrics, as docs/metrics.md defines them. Running clocks are
/// judged at `countedAt` (seconds since the epoch).
class MetricsAccumulator {
public:
    explicit MetricsAccumulator(qint64 countedAt)
        : m_countedAt(countedAt)
    {}

    /// `businessSeconds`: handoff to first contact in the owner's team's business time.
    void add(const ReviewHandoff &handoff, std::optional<qint64> businessSeconds);
    void addStale() { ++m_metrics.staleMqls; }
    void addMoveWithoutContact() { ++m_metrics.movesWithoutContact; }

    /// Adds what another accumulator of the same period counted (a slice of it read elsewhere).
    void merge(MetricsAccumulator &&other);

    PeriodMetrics finish();

private:
    void addClock(const ReviewHandoff &handoff, std::optional<qint64> businessSeconds);

    qint64 m_countedAt;
    PeriodMetrics m_metrics;
    std::vector<qint64> m_wall;
    std::vector<qint64> m_business;
    std::vector<qint64> m_routing;
    std::map<QString, int> m_reasons;
};

} // namespace baton
