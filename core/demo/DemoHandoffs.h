#pragma once

#include "domain/EngagementEvent.h"
#include "domain/Lead.h"

#include <vector>

namespace baton {

class HandoffJudge;
struct DemoContext;
struct DemoLeadRecord;

/// Completes a demo lead's handoff records the way a live handoff is recorded: each handoff's
/// buying signal, its fit and engagement scores at that moment under the file's effective
/// definition, and how complete its context package was. A lead marketing still holds stays below
/// the bar, as it would have been handed over otherwise: its latest events are left out until it
/// does. Also sets the lead's last event time.
class DemoHandoffs {
public:
    static void make(const DemoContext &context, DemoLeadRecord &record);

private:
    static void keepBelowTheBar(const DemoContext &context, const HandoffJudge &judge, const Lead &lead,
                                std::vector<EngagementEvent> &events, DemoLeadRecord &record);
    static void recordHandoffs(const DemoContext &context, const HandoffJudge &judge, const Lead &lead,
                               const std::vector<EngagementEvent> &events, DemoLeadRecord &record);
};

} // namespace baton
