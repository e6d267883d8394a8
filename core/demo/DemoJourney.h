#pragma once

#include "demo/DemoContactMaker.h"

#include <QtGlobal>

#include <array>

namespace baton {

struct DemoContext;
struct DemoLeadRecord;
class DemoRandom;

/// One move of a lead through the lifecycle.
enum class DemoMove {
    Create,              ///< -> nurture
    HandOver,            ///< nurture -> mql
    Accept,              ///< mql -> sal
    Reject,              ///< mql -> rejected
    Convert,             ///< sal -> sql
    Disqualify,          ///< sal -> disqualified
    RecycleMql,          ///< mql -> recycled
    RecycleSal,          ///< sal -> recycled
    RecycleRejected,     ///< rejected -> recycled (marketing)
    RecycleDisqualified, ///< disqualified -> recycled (marketing)
    Renurture,           ///< recycled -> nurture (revisit date reached)
    HandOverAgain,       ///< recycled -> mql
    Reopen,              ///< rejected or disqualified -> mql (a sales manager upholds a dispute)
};

/// A lead's path through the lifecycle with the time of every move.
struct DemoJourney {
    struct Step {
        DemoMove move = DemoMove::Create;
        qint64 at = 0;
    };
    std::array<Step, 6> steps{};
    int count = 0;
    qint64 ownerId = 0; ///< the SDR it was routed to; 0 when never handed over

    qint64 createdAt() const { return steps[0].at; }
    const Step &last() const { return steps[static_cast<size_t>(count - 1)]; }
    bool handedOver() const { return ownerId != 0; }

    /// Picks the lead's final stage and a path to it over the 12 weeks, routes it, gives
    /// reasons, and writes the stage history and the stage fields of the record.
    static DemoJourney make(const DemoContext &context, const DemoContactFacts &contact, DemoRandom &random,
                            DemoLeadRecord &record);
};

} // namespace baton
