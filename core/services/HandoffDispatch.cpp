#include "services/HandoffDispatch.h"

#include "agreement/SlaTierSelector.h"
#include "sla/SlaClock.h"
#include "storage/SlaRepository.h"

namespace baton {
namespace {

/// The lead as routing sees it at its handoff: an MQL from `at`, nobody's yet.
Lead handedOver(const Lead &lead, const QDateTime &at)
{
    Lead copy = lead;
    copy.stage = Stage::Mql;
    copy.handoffAt = at;
    copy.ownerId.reset();
    return copy;
}

} // namespace

HandoffDispatch::HandoffDispatch(Database &db, QDateTime now)
    : m_db(db)
    , m_now(std::move(now))
{}

HandoffDispatch::~HandoffDispatch() = default;

std::optional<SlaTier> HandoffDispatch::tierFor(const Definition &definition, int totalScore,
                                                std::span<const EngagementEvent> events)
{
    const auto index = SlaTierSelector::select(definition.slaTiers, totalScore, events);
    if (!index)
        return std::nullopt;
    return definition.slaTiers[*index];
}

Result<HandoffDispatch::Plan> HandoffDispatch::plan(const Lead &lead, const HandoffDecision &decision,
                                                    const std::optional<SlaTier> &tier,
                                                    std::optional<qint64> givenOwner)
{
    if (!m_session) {
        auto opened = RoutingSession::open(m_db, m_now);
        if (!opened)
            return opened.error();
        m_session = std::move(opened).value();
    }
    Plan plan;
    plan.tier = tier;
    plan.givenOwner = givenOwner;
    plan.owner = givenOwner;
    if (!givenOwner) {
        auto routed = m_session->decide(handedOver(lead, decision.at), tier ? tier->name : QString(),
                                        decision.total(), {});
        if (!routed)
            return routed.error();
        plan.owner = routed->assigneeId;
        plan.routed = std::move(routed).value();
    }
    if (tier) {
        const QDateTime due = m_session->router()
                                  .slaCalendarOf(plan.owner)
                                  .addBusinessMinutes(decision.at, tier->responseMinutes);
        if (due.isValid())
            plan.dueAt = due;
    }
    return plan;
}

Result<void> HandoffDispatch::record(const Lead &lead, const Handoff &handoff, const Plan &plan,
                                     std::optional<qint64> actorId)
{
    const Lead asHandedOver = handedOver(lead, handoff.at);
    if (plan.givenOwner) {
        BATON_TRY(m_session->recordManual(
            asHandedOver, *plan.givenOwner, RoutingRecord::Kind::Route, handoff.id, actorId,
            QStringLiteral("Handed over by hand to %1.").arg(m_session->router().nameOf(*plan.givenOwner))));
    } else if (plan.routed) {
        RoutingSession::Request request;
        request.handoffId = handoff.id;
        request.actorId = actorId;
        BATON_TRY(m_session->store(asHandedOver, *plan.routed, request));
    }
    if (!plan.tier)
        return {}; // the agreement names no tier for it: no response is promised
    SlaClock clock;
    clock.handoffId = handoff.id;
    clock.leadId = lead.id;
    clock.tier = plan.tier->name;
    clock.windowMinutes = plan.tier->responseMinutes;
    clock.startedAt = handoff.at;
    clock.dueAt = plan.dueAt;
    if (plan.owner) {
        clock.ownerId = plan.owner;
        clock.assignedAt = m_now;
    }
    return SlaRepository(m_db).insertClock(clock);
}

Result<void> HandoffDispatch::finish()
{
    return m_session ? m_session->finish() : Result<void>();
}

} // namespace baton
