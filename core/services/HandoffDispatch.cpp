#include "services/HandoffDispatch.h"

#include "agreement/SlaTierSelector.h"
#include "sla/SlaClock.h"
#include "storage/SlaRepository.h"

namespace baton {

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

Result<std::optional<qint64>> HandoffDispatch::dispatch(const Lead &lead, const Handoff &handoff,
                                                        const std::optional<SlaTier> &tier,
                                                        std::optional<qint64> givenOwner,
                                                        std::optional<qint64> actorId)
{
    if (!m_session) {
        auto opened = RoutingSession::open(m_db, m_now);
        if (!opened)
            return opened.error();
        m_session = std::move(opened).value();
    }
    Lead handedOver = lead;
    handedOver.stage = Stage::Mql;
    handedOver.handoffAt = handoff.at;
    handedOver.ownerId = givenOwner;
    const QString tierName = tier ? tier->name : QString();

    std::optional<qint64> owner = givenOwner;
    if (givenOwner) {
        BATON_TRY(m_session->recordManual(
            handedOver, *givenOwner, RoutingRecord::Kind::Route, handoff.id, actorId,
            QStringLiteral("Handed over by hand to %1.").arg(m_session->router().nameOf(*givenOwner))));
    } else {
        RoutingSession::Request request;
        request.handoffId = handoff.id;
        request.actorId = actorId;
        auto decision = m_session->route(handedOver, tierName, handoff.total(), request);
        if (!decision)
            return decision.error();
        owner = decision->assigneeId;
    }

    if (!tier)
        return owner; // the agreement names no tier for it: no response is promised
    SlaClock clock;
    clock.handoffId = handoff.id;
    clock.leadId = lead.id;
    clock.tier = tier->name;
    clock.windowMinutes = tier->responseMinutes;
    clock.startedAt = handoff.at;
    const QDateTime due =
        m_session->router().slaCalendarOf(owner).addBusinessMinutes(handoff.at, tier->responseMinutes);
    if (due.isValid())
        clock.dueAt = due;
    if (owner) {
        clock.ownerId = owner;
        clock.assignedAt = m_now;
    }
    BATON_TRY(SlaRepository(m_db).insertClock(clock));
    return owner;
}

Result<void> HandoffDispatch::finish()
{
    return m_session ? m_session->finish() : Result<void>();
}

} // namespace baton
