#include "demo/DemoOutcomes.h"

#include "demo/DemoLeadRecord.h"

namespace baton {
namespace {

std::string_view outcomeOf(std::string_view to)
{
    if (to == "sal")
        return "accepted";
    if (to == "sql")
        return "converted";
    return to; // rejected, disqualified, recycled
}

/// The moves that need a meaningful contact behind them.
bool needsContact(const DemoStageRow &change)
{
    return (change.from == "mql" && change.to == "sal") ||
           (change.from == "sal" && (change.to == "sql" || change.to == "disqualified"));
}

} // namespace

void DemoOutcomes::make(DemoLeadRecord &record)
{
    record.movedWithoutContact = false;
    const size_t handoffs = record.handoffs.size();
    size_t current = 0;
    for (DemoStageRow &change : record.stageChanges) {
        change.withoutContact = false;
        if (handoffs == 0)
            continue;
        // The handoff whose window holds the move: the latest one at or before it.
        while (current + 1 < handoffs && record.handoffs[current + 1].at <= change.at)
            ++current;
        DemoHandoffRow &handoff = record.handoffs[current];
        if (handoff.at > change.at)
            continue;
        if (change.to == "sal" && handoff.acceptedAt == 0)
            handoff.acceptedAt = change.at;
        if ((change.from == "rejected" || change.from == "disqualified") && change.to == "mql") {
            // Reopened after a dispute: sales has made nothing of it yet after all (accepted_at stays).
            handoff.outcome = {};
            handoff.outcomeReason = {};
            handoff.outcomeAt = 0;
        } else if (change.from == "mql" || change.from == "sal") {
            handoff.outcome = outcomeOf(change.to);
            handoff.outcomeReason = change.reasonCode;
            handoff.outcomeAt = change.at;
        }
        if (needsContact(change) && current < record.clocks.size()) {
            const qint64 contact = record.clocks[current].firstContactAt;
            change.withoutContact = contact == 0 || contact > change.at;
        }
    }
    // A meaningful contact after the move clears the lead's mark, as logging one does.
    if (!record.stageChanges.empty() && record.stageChanges.back().withoutContact &&
        current < record.clocks.size())
        record.movedWithoutContact = record.clocks[current].firstContactAt == 0;
}

} // namespace baton
