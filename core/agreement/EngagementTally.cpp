#include "agreement/EngagementTally.h"

#include "agreement/Scorer.h"

#include <algorithm>
#include <cmath>

namespace baton {

EngagementTally::EngagementTally(const Scorer &scorer)
    : m_scorer(scorer)
    , m_rules(scorer.m_engagement.size())
    , m_sums(m_inlineSums.data())
    , m_lastMs(m_inlineLast.data())
{
    if (m_rules > inlineRules) {
        m_heapSums.assign(m_rules, 0.0);
        m_heapLast.assign(m_rules, 0);
        m_sums = m_heapSums.data();
        m_lastMs = m_heapLast.data();
    }
}

void EngagementTally::reset()
{
    std::fill_n(m_sums, m_rules, 0.0);
    std::fill_n(m_lastMs, m_rules, qint64{0});
}

void EngagementTally::add(const EngagementEvent &event)
{
    add(m_scorer.ruleFor(event), event.occurredAt.toMSecsSinceEpoch());
}

void EngagementTally::add(int index, qint64 at)
{
    if (index < 0)
        return;
    const auto rule = static_cast<size_t>(index);
    const Scorer::EngagementMatcher &matcher = m_scorer.m_engagement[rule];
    double &sum = m_sums[rule];
    if (sum != 0.0 && matcher.decayPerMs != 0.0)
        sum *= std::exp2(-static_cast<double>(at - m_lastMs[rule]) * matcher.decayPerMs);
    sum += matcher.points;
    m_lastMs[rule] = at;
}

int EngagementTally::pointsAt(qint64 atMs) const
{
    double total = 0;
    for (size_t rule = 0; rule < m_rules; ++rule) {
        if (m_sums[rule] == 0.0)
            continue;
        const Scorer::EngagementMatcher &matcher = m_scorer.m_engagement[rule];
        double sum = m_sums[rule];
        if (matcher.decayPerMs != 0.0)
            sum *= std::exp2(-static_cast<double>(atMs - m_lastMs[rule]) * matcher.decayPerMs);
        total += Scorer::capped(matcher, sum);
    }
    return static_cast<int>(std::lround(total));
}

} // namespace baton
