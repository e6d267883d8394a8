#include "services/EventService.h"

#include "agreement/HandoffJudge.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "services/HandoffDispatch.h"
#include "services/HandoffRecorder.h"
#include "services/LeadAudit.h"
#include "storage/LeadRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace baton {

Result<EventOutcome> EventService::record(const EngagementEvent &event)
{
    const QDateTime now = m_clock.now();
    if (!event.occurredAt.isValid())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("An event needs the time it happened."));
    if (event.occurredAt > now) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("The event is dated %1, after now (%2). Give the time it happened.")
                .arg(event.occurredAt.toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
    }
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    LeadRepository leads(m_db);
    auto lead = leads.find(event.leadId);
    if (!lead)
        return lead.error();
    EngagementEvent stored = event;
    auto id = leads.insertEvent(stored);
    if (!id)
        return id.error();
    stored.id = *id;
    EventOutcome outcome{*id, std::nullopt};

    if (HandoffRecorder::isEligible(*lead, now.toUTC().date())) {
        auto events = leads.events(lead->id);
        if (!events)
            return events.error();
        const auto arrived = std::find_if(events->begin(), events->end(),
                                          [&](const EngagementEvent &e) { return e.id == stored.id; });
        const Scorer scorer(effective->definition);
        const auto decision = HandoffJudge(scorer).onArrival(
            *lead, *events, static_cast<size_t>(arrived - events->begin()), now);
        if (decision) {
            HandoffDispatch dispatch(m_db, now);
            auto plan = dispatch.plan(
                *lead, *decision, HandoffDispatch::tierFor(effective->definition, decision->total(), *events),
                std::nullopt);
            if (!plan)
                return plan.error();
            auto handoff =
                HandoffRecorder(m_db).record(*lead, *decision, effective->number, HandoffTrigger::Event,
                                             plan->owner, std::nullopt, plan->dueAt);
            if (!handoff)
                return handoff.error();
            BATON_TRY(dispatch.record(*lead, *handoff, *plan, std::nullopt));
            BATON_TRY(dispatch.finish());
            auto after = LeadRepository(m_db).find(lead->id);
            if (!after)
                return after.error();
            BATON_TRY(LeadAudit::record(m_db, now, *lead, *after, std::nullopt, QStringLiteral("hand over"),
                                        QStringLiteral("Handed %1 over to sales: a %2 met the MQL rule")
                                            .arg(LeadAudit::label(*lead), eventTypeName(event.type)),
                                        QJsonObject{{QStringLiteral("handoffId"), handoff->id}}));
            outcome.handoff = std::move(handoff).value();
        }
    }
    BATON_TRY(transaction->commit());
    return outcome;
}

} // namespace baton
