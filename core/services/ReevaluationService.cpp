#include "services/ReevaluationService.h"

#include "agreement/HandoffJudge.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "services/HandoffDispatch.h"
#include "services/HandoffRecorder.h"
#include "services/LeadPass.h"
#include "storage/AuditRepository.h"
#include "storage/LargeWriteCache.h"
#include "storage/ReevaluationRepository.h"
#include "storage/Transaction.h"

#include <vector>

namespace baton {
namespace {

struct Pending {
    Lead lead;
    HandoffDecision decision;
    std::optional<SlaTier> tier;
};

Error cancelled()
{
    return makeError(ErrorKind::Cancelled,
                     QStringLiteral("The re-evaluation was stopped; no lead was changed."));
}

} // namespace

Result<bool> ReevaluationService::pending()
{
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    auto last = ReevaluationRepository(m_db).last();
    if (!last)
        return last.error();
    if (*last)
        return (*last)->definitionNumber != effective->number;
    // Nothing has run yet: the built-in defaults need no run, leads are judged as events arrive.
    return effective->number != 0;
}

Result<std::optional<Reevaluation>> ReevaluationService::last()
{
    return ReevaluationRepository(m_db).last();
}

Result<Reevaluation> ReevaluationService::run(std::optional<qint64> actorId, const TaskControl &control)
{
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    const QDateTime now = m_clock.now();
    const Scorer scorer(effective->definition);
    const HandoffJudge judge(scorer);

    Reevaluation result;
    result.definitionNumber = effective->number;
    result.at = now;

    // Read: every lead marketing holds, judged one by one; no write yet.
    LeadSelection selection;
    selection.kind = LeadSelection::Kind::MarketingHolds;
    selection.today = now.toUTC().date();
    for (EventType type : allEventTypes)
        selection.detailsOf[static_cast<size_t>(type)] = scorer.readsDetail(type);
    auto ranges = LeadPass::rangesFor(m_db);
    if (!ranges)
        return ranges.error();
    std::vector<std::vector<Pending>> handoffs(static_cast<size_t>(*ranges));
    std::vector<qint64> evaluated(static_cast<size_t>(*ranges), 0);
    auto read = LeadPass::run(
        m_db, selection, *ranges,
        [&](int range, Database &, const LeadWithEvents &lead, LeadEventStream &) {
            if (auto decision = judge.reevaluate(lead.lead, lead.leadEvents(), lead.stageSince, now)) {
                auto tier =
                    HandoffDispatch::tierFor(effective->definition, decision->total(), lead.leadEvents());
                handoffs[static_cast<size_t>(range)].push_back(
                    Pending{lead.lead, std::move(*decision), std::move(tier)});
            }
            ++evaluated[static_cast<size_t>(range)];
            return true;
        },
        control);
    if (!read)
        return read.error();
    if (control.cancelled())
        return cancelled();
    for (qint64 count : evaluated)
        result.evaluated += count;

    // Write: every handoff and the record of the run, all or nothing.
    std::optional<LargeWriteCache> cache;
    size_t pending = 0;
    for (const auto &range : handoffs)
        pending += range.size();
    if (pending > 1000)
        cache.emplace(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    HandoffRecorder recorder(m_db);
    HandoffDispatch dispatch(m_db, now);
    for (const auto &range : handoffs) {
        for (const Pending &pending : range) {
            auto plan = dispatch.plan(pending.lead, pending.decision, pending.tier, std::nullopt);
            if (!plan)
                return plan.error();
            auto recorded = recorder.record(pending.lead, pending.decision, effective->number,
                                            HandoffTrigger::Reevaluation, plan->owner, actorId, plan->dueAt);
            if (!recorded) {
                if (recorded.error().kind != ErrorKind::Conflict)
                    return recorded.error();
                continue; // a lead someone changed since it was read is left as they left it
            }
            ++result.handedOver;
            BATON_TRY(dispatch.record(pending.lead, *recorded, *plan, actorId));
        }
    }
    BATON_TRY(dispatch.finish());
    BATON_TRY(ReevaluationRepository(m_db).insert(result, actorId));
    AuditEntry entry;
    entry.at = now;
    entry.userId = actorId;
    entry.subject = QStringLiteral("scoring");
    entry.subjectId = effective->number;
    entry.action = QStringLiteral("re-evaluate");
    entry.summary = QStringLiteral("Re-evaluated %1 leads against definition version %2: %3 handed over")
                        .arg(result.evaluated)
                        .arg(effective->number)
                        .arg(result.handedOver);
    entry.after = QJsonObject{{QStringLiteral("evaluated"), result.evaluated},
                              {QStringLiteral("handedOver"), result.handedOver}};
    BATON_TRY(AuditRepository(m_db).record(entry));
    if (control.cancelled())
        return cancelled();
    BATON_TRY(transaction->commit());
    return result;
}

} // namespace baton
