#include "services/ReevaluationService.h"

#include "agreement/HandoffJudge.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "services/HandoffRecorder.h"
#include "storage/LeadRepository.h"
#include "storage/ReevaluationRepository.h"
#include "storage/Transaction.h"

#include <vector>

namespace baton {
namespace {

struct Pending {
    Lead lead;
    HandoffDecision decision;
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
    const QDate today = now.toUTC().date();
    ReevaluationRepository runs(m_db);
    LeadRepository leads(m_db);
    const Scorer scorer(effective->definition);
    const HandoffJudge judge(scorer);

    Reevaluation result;
    result.definitionNumber = effective->number;
    result.at = now;

    // Read: every lead marketing holds, judged one by one; no write yet.
    auto total = runs.countEligible(today);
    if (!total)
        return total.error();
    control.report(0, *total);
    std::vector<Pending> handoffs;
    std::optional<Error> failure;
    auto read = runs.forEachEligible(today, [&](const Lead &lead, const QDateTime &since) {
        if (control.cancelled())
            return false;
        auto events = leads.events(lead.id);
        if (!events) {
            failure = events.error();
            return false;
        }
        if (auto decision = judge.reevaluate(lead, *events, since, now))
            handoffs.push_back(Pending{lead, std::move(*decision)});
        ++result.evaluated;
        if (result.evaluated % 4096 == 0)
            control.report(result.evaluated, *total);
        return true;
    });
    if (!read)
        return read.error();
    if (failure)
        return *failure;
    if (control.cancelled())
        return cancelled();

    // Write: every handoff and the record of the run, all or nothing.
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    HandoffRecorder recorder(m_db);
    for (const Pending &pending : handoffs) {
        auto recorded = recorder.record(pending.lead, pending.decision, effective->number,
                                        HandoffTrigger::Reevaluation, std::nullopt, actorId);
        if (recorded) {
            ++result.handedOver;
        } else if (recorded.error().kind != ErrorKind::Conflict) {
            return recorded.error();
        }
        // A lead someone changed since it was read is left as they left it.
    }
    BATON_TRY(runs.insert(result, actorId));
    if (control.cancelled())
        return cancelled();
    BATON_TRY(transaction->commit());
    control.report(result.evaluated, std::max(*total, result.evaluated));
    return result;
}

} // namespace baton
