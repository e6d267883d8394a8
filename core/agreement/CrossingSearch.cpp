#include "agreement/CrossingSearch.h"

#include "agreement/Scorer.h"

namespace baton {

CrossingSearch::CrossingSearch(const Scorer &scorer)
    : m_scorer(scorer)
    , m_tally(scorer)
{
    for (EventType type : scorer.definition().mqlRule.fastTrackEvents)
        m_fastTypes[static_cast<size_t>(type)] = true;
    for (EventType type : allEventTypes)
        m_detailTypes[static_cast<size_t>(type)] = scorer.readsDetail(type);
}

void CrossingSearch::start(const Lead &lead)
{
    m_tally.reset();
    m_fit = m_scorer.fitPoints(lead);
    m_fitEnough = m_fit >= m_scorer.definition().mqlRule.minFit;
    m_fastTrack = false;
    m_engagement = 0;
}

bool CrossingSearch::readsDetail(EventType type) const
{
    return m_detailTypes[static_cast<size_t>(type)];
}

bool CrossingSearch::add(EventType type, qint64 atMs, QStringView detail)
{
    m_tally.add(m_scorer.ruleFor(type, detail), atMs);
    const bool fastTrack = isFastTrack(type);
    if (!fastTrack && !m_fitEnough)
        return false;
    const int engagement = m_tally.pointsAt(atMs);
    if (!fastTrack && engagement < m_scorer.definition().mqlRule.minEngagement)
        return false;
    m_fastTrack = fastTrack;
    m_engagement = engagement;
    return true;
}

} // namespace baton
