#include "import/ImportHandoffs.h"

namespace baton {

ImportHandoffs::ImportHandoffs(Database &db, const DefinitionVersion &effective, QDateTime now,
                               HandoffTrigger trigger)
    : m_effective(effective)
    , m_now(std::move(now))
    , m_today(m_now.toUTC().date())
    , m_trigger(trigger)
    , m_scorer(effective.definition)
    , m_judge(m_scorer)
    , m_recorder(db)
    , m_dispatch(db, m_now)
{}

Result<void> ImportHandoffs::consider(const Lead &lead, std::span<const EngagementEvent> events,
                                      const QDateTime &since)
{
    if (!HandoffRecorder::isEligible(lead, m_today))
        return {};
    auto decision = m_judge.reevaluate(lead, events, since, m_now);
    if (!decision)
        return {};
    const auto tier = HandoffDispatch::tierFor(m_effective.definition, decision->total(), events);
    auto plan = m_dispatch.plan(lead, *decision, tier, std::nullopt);
    if (!plan)
        return plan.error();
    auto handoff = m_recorder.record(lead, *decision, m_effective.number, m_trigger, plan->owner,
                                     std::nullopt, plan->dueAt);
    if (!handoff)
        return handoff.error();
    BATON_TRY(m_dispatch.record(lead, *handoff, *plan, std::nullopt));
    ++m_handedOver;
    if (plan->owner)
        ++m_routed;
    return {};
}

} // namespace baton
