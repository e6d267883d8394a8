#include "demo/DemoSla.h"

#include "agreement/Scorer.h"
#include "demo/DemoContext.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoRouting.h"
#include "storage/Time.h"

#include <algorithm>

namespace baton {
namespace {

bool isOpenStage(std::string_view stage)
{
    return stage == "mql" || stage == "sal";
}

/// As SlaTierSelector picks: the first tier whose event the lead had by then, or whose score it
/// reached, or that has neither condition.
const SlaTier *tierFor(const DemoContext &context, const Definition &definition, const DemoLeadRecord &record,
                       const DemoHandoffRow &handoff)
{
    for (size_t t = 0; t < definition.slaTiers.size(); ++t) {
        const SlaTier &tier = definition.slaTiers[t];
        if (tier.events.empty() && !tier.minTotalScore)
            return &tier;
        if (tier.minTotalScore && handoff.fit + handoff.engagement >= *tier.minTotalScore)
            return &tier;
        const std::vector<std::string> &names = context.tierEvents[t];
        for (const DemoEventRow &event : record.events) {
            if (event.at > handoff.at)
                break;
            if (std::find(names.begin(), names.end(), event.type) != names.end())
                return &tier;
        }
    }
    return nullptr;
}

bool isMeaningful(const DemoContext &context, const DemoActivityRow &activity)
{
    return std::any_of(
        context.meaningfulContacts.begin(), context.meaningfulContacts.end(),
        [&](const auto &pair) { return pair.first == activity.type && pair.second == activity.outcome; });
}

} // namespace

void DemoSla::make(const DemoContext &context, DemoLeadRecord &record)
{
    record.clocks.clear();
    record.slaDueAt = 0;
    if (context.scorer == nullptr)
        return;
    const Definition &definition = context.scorer->definition();
    for (size_t i = 0; i < record.handoffs.size(); ++i) {
        const DemoHandoffRow &handoff = record.handoffs[i];
        const qint64 nextHandoff =
            i + 1 < record.handoffs.size() ? record.handoffs[i + 1].at : context.now + 1;
        DemoClockRow clock;
        clock.ownerId = record.ownerId;
        clock.assignedAt = record.ownerId != 0 ? handoff.at : 0;
        const auto region = context.staff.sdrRegions.find(record.ownerId);
        if (region != context.staff.sdrRegions.end()) {
            const DemoRegion covers = region->second;
            clock.rulePosition = DemoRouting::rulePosition(covers);
            clock.ruleName = DemoRouting::ruleName(covers).toStdString();
            const auto name = context.staff.names.find(record.ownerId);
            clock.reason = "Rule " + std::to_string(clock.rulePosition) + " “" + clock.ruleName +
                           "” matched region " + std::string(record.region) +
                           ": pool of its SDRs, by weight: " +
                           (name != context.staff.names.end() ? name->second : std::string()) + ".";
        }
        if (const SlaTier *tier = tierFor(context, definition, record, handoff)) {
            const BusinessCalendar &calendar = context.calendars[static_cast<size_t>(
                region != context.staff.sdrRegions.end() ? region->second : DemoRegion::NorthAmerica)];
            const QDateTime due = calendar.addBusinessMinutes(fromStored(handoff.at), tier->responseMinutes);
            clock.windowMinutes = tier->responseMinutes;
            clock.dueAt = due.isValid() ? toStored(due) : 0;
            clock.tier = tier->name.toStdString();
        }
        for (size_t a = 0; a < record.activities.size(); ++a) {
            const DemoActivityRow &activity = record.activities[a];
            if (activity.at < handoff.at || activity.at >= nextHandoff)
                continue;
            if (isMeaningful(context, activity)) {
                clock.firstContactAt = activity.at;
                clock.firstContactIndex = static_cast<int>(a);
                break;
            }
        }
        if (clock.firstContactAt == 0) {
            for (const DemoStageRow &change : record.stageChanges) {
                if (change.at > handoff.at && change.at < nextHandoff && !isOpenStage(change.to)) {
                    clock.closedAt = change.at;
                    break;
                }
            }
        }
        record.clocks.push_back(std::move(clock));
    }
    if (!record.clocks.empty() && isOpenStage(record.stage)) {
        const DemoClockRow &last = record.clocks.back();
        if (!last.tier.empty() && last.firstContactAt == 0 && last.closedAt == 0)
            record.slaDueAt = last.dueAt;
    }
}

} // namespace baton
