#include "metrics/MetricsAccumulator.h"

#include <algorithm>

namespace baton {

void MetricsAccumulator::add(const ReviewHandoff &handoff, std::optional<qint64> businessSeconds)
{
    PeriodMetrics &m = m_metrics;
    ++m.handedOver;
    if (handoff.acceptedAt)
        ++m.accepted;
    if (handoff.complete)
        ++m.complete;
    switch (handoff.outcome) {
    case ReviewHandoff::Outcome::Rejected:
        ++m.rejected;
        ++m_reasons[handoff.reasonCode];
        break;
    case ReviewHandoff::Outcome::Disqualified:
        ++m.disqualified;
        ++m_reasons[handoff.reasonCode];
        break;
    case ReviewHandoff::Outcome::Recycled:
        if (!handoff.acceptedAt)
            ++m.recycledBeforeAcceptance;
        break;
    case ReviewHandoff::Outcome::Converted:
        ++m.converted;
        break;
    case ReviewHandoff::Outcome::Open:
    case ReviewHandoff::Outcome::Accepted:
        break;
    }
    addClock(handoff, businessSeconds);
}

void MetricsAccumulator::addClock(const ReviewHandoff &handoff, std::optional<qint64> businessSeconds)
{
    PeriodMetrics &m = m_metrics;
    if (!handoff.hasClock) {
        ++m.uncontacted;
        ++m.slaPending;
        return;
    }
    if (handoff.firstContactAt) {
        m_wall.push_back(std::max<qint64>(0, *handoff.firstContactAt - handoff.at));
        if (businessSeconds) {
            m_business.push_back(*businessSeconds);
            const auto &edges = PeriodMetrics::contactBucketMinutes;
            const auto bar =
                std::upper_bound(edges.begin(), edges.end(), *businessSeconds / 60) - edges.begin();
            ++m.firstContactHistogram[static_cast<size_t>(bar)];
        }
    } else {
        ++m.uncontacted;
    }
    if (handoff.assignedAt)
        m_routing.push_back(std::max<qint64>(0, *handoff.assignedAt - handoff.at));

    if (!handoff.dueAt)
        ++m.slaPending;
    else if (handoff.firstContactAt)
        ++(*handoff.firstContactAt <= *handoff.dueAt ? m.slaMet : m.slaMissed);
    else if (handoff.closedAt)
        ++m.slaMissed; // it left the queue without a contact
    else if (*handoff.dueAt < m_countedAt)
        ++m.slaBreached;
    else
        ++m.slaPending;
}

void MetricsAccumulator::merge(MetricsAccumulator &&other)
{
    PeriodMetrics &m = m_metrics;
    const PeriodMetrics &o = other.m_metrics;
    for (auto [into, from] : {std::pair{&m.handedOver, o.handedOver},
                              {&m.accepted, o.accepted},
                              {&m.rejected, o.rejected},
                              {&m.disqualified, o.disqualified},
                              {&m.recycledBeforeAcceptance, o.recycledBeforeAcceptance},
                              {&m.converted, o.converted},
                              {&m.complete, o.complete},
                              {&m.uncontacted, o.uncontacted},
                              {&m.slaMet, o.slaMet},
                              {&m.slaMissed, o.slaMissed},
                              {&m.slaBreached, o.slaBreached},
                              {&m.slaPending, o.slaPending},
                              {&m.staleMqls, o.staleMqls},
                              {&m.movesWithoutContact, o.movesWithoutContact}})
        *into += from;
    for (size_t bar = 0; bar < m.firstContactHistogram.size(); ++bar)
        m.firstContactHistogram[bar] += o.firstContactHistogram[bar];
    for (auto [into, from] : {std::pair{&m_wall, &other.m_wall},
                              {&m_business, &other.m_business},
                              {&m_routing, &other.m_routing}})
        into->insert(into->end(), from->begin(), from->end());
    for (const auto &[reason, count] : other.m_reasons)
        m_reasons[reason] += count;
    other = MetricsAccumulator(other.m_countedAt);
}

PeriodMetrics MetricsAccumulator::finish()
{
    m_metrics.firstContactWall = DurationStats::of(m_wall);
    m_metrics.firstContactBusiness = DurationStats::of(m_business);
    m_metrics.routingDelay = DurationStats::of(m_routing);
    m_metrics.rejectionReasons.assign(m_reasons.begin(), m_reasons.end());
    std::stable_sort(m_metrics.rejectionReasons.begin(), m_metrics.rejectionReasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return m_metrics;
}

} // namespace baton
