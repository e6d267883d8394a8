#include "services/ImpactPreviewService.h"

#include "agreement/MqlEvaluator.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "storage/PreviewRepository.h"

#include <algorithm>
#include <map>

namespace baton {
namespace {

Error cancelled()
{
    return makeError(ErrorKind::Cancelled, QStringLiteral("The preview was stopped."));
}

struct ReasonCounts {
    qint64 avoided = 0;
    qint64 added = 0;
};

} // namespace

Result<ImpactPreview> ImpactPreviewService::preview(int versionNumber, int weeks, const TaskControl &control)
{
    auto version = AgreementService(m_db, m_clock).find(versionNumber);
    if (!version)
        return version.error();
    return preview(version->definition, versionNumber, weeks, control);
}

Result<ImpactPreview> ImpactPreviewService::preview(const Definition &definition, int versionNumber,
                                                    int weeks, const TaskControl &control)
{
    if (weeks < 1 || weeks > 104) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("A preview looks back 1 to 104 weeks, not %1.").arg(weeks));
    }
    ImpactPreview result;
    result.versionNumber = versionNumber;
    result.weeks = weeks;
    result.to = m_clock.now().toUTC();
    result.from = result.to.addDays(-7 * qint64{weeks});

    const Scorer scorer(definition);
    const MqlEvaluator evaluator(scorer);
    PreviewRepository reads(m_db);
    std::map<QString, ReasonCounts> reasons;
    std::optional<Error> failure;
    qint64 visited = 0;
    control.report(0, 0);

    auto visit = [&](const Lead &lead) -> Result<void> {
        auto events = reads.eventsBefore(lead.id, result.to);
        if (!events)
            return events.error();
        const auto crossing = evaluator.firstCrossing(lead, *events);
        const bool sentEver = crossing.has_value();
        const bool sentInWindow = sentEver && crossing->at >= result.from;
        const bool handedOver =
            lead.handoffAt && *lead.handoffAt >= result.from && *lead.handoffAt < result.to;
        result.draftHandoffs += sentInWindow ? 1 : 0;
        result.actualHandoffs += handedOver ? 1 : 0;
        result.bothHandoffs += sentInWindow && handedOver ? 1 : 0;

        if (handedOver && lead.stage != Stage::Mql) {
            auto judged = reads.judgement(lead.id, *lead.handoffAt);
            if (!judged)
                return judged.error();
            if (*judged && ((*judged)->to == Stage::Sal || (*judged)->to == Stage::Rejected)) {
                const bool accepted = (*judged)->to == Stage::Sal;
                ++result.judged;
                result.judgedAccepted += accepted ? 1 : 0;
                result.judgedSent += sentEver ? 1 : 0;
                result.judgedSentAccepted += sentEver && accepted ? 1 : 0;
                if (!accepted && !sentEver)
                    ++reasons[(*judged)->reasonCode].avoided;
            }
        } else if (sentInWindow && !handedOver && lead.handoffAt) {
            auto rejection = reads.latestRejection(lead.id, result.to);
            if (!rejection)
                return rejection.error();
            if (*rejection)
                ++reasons[**rejection].added;
        }
        return {};
    };
    auto read = reads.forEachCandidate(result.from, result.to, [&](const Lead &lead) {
        if (control.cancelled())
            return false;
        if (auto done = visit(lead); !done) {
            failure = done.error();
            return false;
        }
        if (++visited % 4096 == 0)
            control.report(visited, 0);
        return true;
    });
    if (!read)
        return read.error();
    if (failure)
        return *failure;
    if (control.cancelled())
        return cancelled();

    for (const auto &[code, counts] : reasons) {
        QString label = code;
        for (const Reason &reason : definition.reasons) {
            if (reason.stage == Stage::Rejected && reason.code == code)
                label = reason.label;
        }
        result.reasons.push_back(ReasonImpact{code, label, counts.avoided, counts.added});
    }
    std::stable_sort(result.reasons.begin(), result.reasons.end(),
                     [](const ReasonImpact &a, const ReasonImpact &b) {
                         return a.avoided + a.added > b.avoided + b.added;
                     });
    control.report(visited, visited);
    return result;
}

} // namespace baton
