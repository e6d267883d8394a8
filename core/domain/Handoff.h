#pragma once

#include "domain/EngagementEvent.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace baton {

/// What handed a lead over to sales.
enum class HandoffTrigger {
    Event,        ///< an arriving engagement event made it meet the MQL rule
    Reevaluation, ///< a newly effective definition version found it meets the rule
    Manual,       ///< someone handed it over by hand
};

QString handoffTriggerName(HandoffTrigger trigger); ///< "event", "reevaluation", "manual"
std::optional<HandoffTrigger> handoffTriggerFromName(QStringView name);

/// The record kept of one handoff (nurture or recycled -> mql): the definition version it was
/// handed over under, its score at that moment, the buying signal, and how complete its context
/// package was. Never rewritten: a later change to the definition does not touch it.
struct Handoff {
    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at;
    int definitionNumber = 0; ///< 0 = the built-in defaults
    HandoffTrigger trigger = HandoffTrigger::Event;
    int fit = 0;
    int engagement = 0;
    bool fastTrack = false;                ///< crossed by a fast-track event, whatever the scores
    std::optional<EngagementEvent> signal; ///< the event that made it cross; none when by hand
    int completeness = 100;                ///< percent of the required context fields present
    QStringList missing;                   ///< the required fields that were empty
    std::optional<qint64> campaignId;      ///< the lead's campaign when it was handed over
    qint64 ruleMask = 0;                   ///< the score_rules bits of the rules that gave points
    std::optional<int> topRule;            ///< the bit of the rule that gave at least half of them

    int total() const { return fit + engagement; }
};

} // namespace baton
