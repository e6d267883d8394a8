#pragma once

#include "agreement/EngagementTally.h"
#include "agreement/Scorer.h"
#include "domain/EventType.h"

#include <QStringView>

namespace baton {

/// Looks for the moment a lead first meets the MQL rule, one event at a time, oldest first,
/// and says which events can change the answer, so that a pass over many leads reads no more
/// than it must: a lead without the fit can cross only at a fast-track event; an event no rule
/// scores can cross only if it is fast track; the detail matters only to a type whose rules have
/// patterns. The crossing's time and its fit are exact whatever was passed over; its engagement
/// is exact when every event was added. Holds the scorer by reference: it must outlive the search.
class CrossingSearch {
public:
    explicit CrossingSearch(const Scorer &scorer);

    /// Starts on a lead, with no events yet.
    void start(const Lead &lead);
    /// Whether an event of this type can make the current lead cross.
    bool canCross(EventType type) const
    {
        return isFastTrack(type) || (m_fitEnough && m_scorer.scores(type));
    }
    /// Whether adding an event of this type needs its detail.
    bool readsDetail(EventType type) const;
    /// Counts an event; true when the lead meets the rule at it (then fastTrack() and engagement()
    /// tell how).
    bool add(EventType type, qint64 atMs, QStringView detail);

    int fit() const { return m_fit; }
    bool fastTrack() const { return m_fastTrack; }
    int engagement() const { return m_engagement; }

private:
    bool isFastTrack(EventType type) const { return m_fastTypes[static_cast<size_t>(type)]; }

    const Scorer &m_scorer;
    std::array<bool, allEventTypes.size()> m_fastTypes{};
    std::array<bool, allEventTypes.size()> m_detailTypes{};
    EngagementTally m_tally;
    int m_fit = 0;
    bool m_fitEnough = false;
    bool m_fastTrack = false;
    int m_engagement = 0;
};

} // namespace baton
