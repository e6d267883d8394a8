#include "services/ImpactPreviewService.h"

#include "agreement/CrossingSearch.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "services/LeadPass.h"
#include "storage/PreviewRepository.h"
#include "storage/Time.h"

#include <algorithm>
#include <map>
#include <memory>

namespace baton {
namespace {

Error cancelled()
{
    return makeError(ErrorKind::Cancelled, QStringLiteral("The preview was stopped."));
}

/// When the lead first meets the rule, in stored seconds, reading its events only as far as that.
Result<std::optional<qint64>> firstCrossingSecs(CrossingSearch &search, const Lead &lead,
                                                LeadEventStream &events)
{
    search.start(lead);
    for (;;) {
        auto more = events.nextEvent();
        if (!more)
            return more.error();
        if (!*more)
            return std::optional<qint64>();
        const EventType type = events.eventType();
        if (!search.canCross(type))
            continue; // neither its time nor its detail is read
        const qint64 at = events.eventAtSecs();
        QString detail;
        if (search.readsDetail(type)) {
            auto text = events.eventDetail();
            if (!text)
                return text.error();
            detail = std::move(text).value();
        }
        if (search.add(type, at * 1000, detail))
            return std::optional<qint64>(at); // the rest of its events are passed over
    }
}

struct ReasonCounts {
    qint64 avoided = 0;
    qint64 added = 0;
};

/// The counts of one range of leads, added up at the end.
struct RangeTally {
    ImpactPreview preview;
    std::map<QString, ReasonCounts> reasons;
    std::optional<Error> error;

    Result<void> count(PreviewRepository reads, CrossingSearch &search, const LeadWithEvents &item,
                       LeadEventStream &events, qint64 fromSecs, const QDateTime &from, const QDateTime &to)
    {
        const Lead &lead = item.lead;
        auto crossing = firstCrossingSecs(search, lead, events);
        if (!crossing)
            return crossing.error();
        const bool sentEver = crossing->has_value();
        const bool sentInWindow = sentEver && **crossing >= fromSecs;
        const bool handedOver = lead.handoffAt && *lead.handoffAt >= from && *lead.handoffAt < to;
        preview.draftHandoffs += sentInWindow ? 1 : 0;
        preview.actualHandoffs += handedOver ? 1 : 0;
        preview.bothHandoffs += sentInWindow && handedOver ? 1 : 0;

        if (handedOver && lead.stage != Stage::Mql) {
            auto judged = reads.judgement(lead.id, *lead.handoffAt);
            if (!judged)
                return judged.error();
            if (*judged && ((*judged)->to == Stage::Sal || (*judged)->to == Stage::Rejected)) {
                const bool accepted = (*judged)->to == Stage::Sal;
                ++preview.judged;
                preview.judgedAccepted += accepted ? 1 : 0;
                preview.judgedSent += sentEver ? 1 : 0;
                preview.judgedSentAccepted += sentEver && accepted ? 1 : 0;
                if (!accepted && !sentEver)
                    ++reasons[(*judged)->reasonCode].avoided;
            }
        } else if (sentInWindow && !handedOver && lead.handoffAt) {
            auto rejection = reads.latestRejection(lead.id, to);
            if (!rejection)
                return rejection.error();
            if (*rejection)
                ++reasons[**rejection].added;
        }
        return {};
    }
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

    LeadSelection selection;
    selection.kind = LeadSelection::Kind::ActiveInWindow;
    selection.from = result.from;
    selection.to = result.to;
    selection.contactDetails = false; // the preview scores; it does not weigh the context package
    selection.eventsOnDemand = true;  // only until each lead crosses, and only what can make it cross
    selection.eventIds = false;       // when it crosses, not at which event
    const Scorer scorer(definition);
    auto ranges = LeadPass::rangesFor(m_db);
    if (!ranges)
        return ranges.error();
    std::vector<RangeTally> tallies(static_cast<size_t>(*ranges));
    std::vector<std::unique_ptr<CrossingSearch>> searches;
    searches.reserve(static_cast<size_t>(*ranges));
    for (int range = 0; range < *ranges; ++range)
        searches.push_back(std::make_unique<CrossingSearch>(scorer));
    const qint64 fromSecs = toStored(result.from);
    auto read = LeadPass::run(
        m_db, selection, *ranges,
        [&](int range, Database &db, const LeadWithEvents &lead, LeadEventStream &events) {
            RangeTally &tally = tallies[static_cast<size_t>(range)];
            auto counted = tally.count(PreviewRepository(db), *searches[static_cast<size_t>(range)], lead,
                                       events, fromSecs, result.from, result.to);
            if (!counted) {
                tally.error = counted.error();
                return false;
            }
            return true;
        },
        control);
    if (!read)
        return read.error();
    if (control.cancelled())
        return cancelled();

    std::map<QString, ReasonCounts> reasons;
    for (const RangeTally &tally : tallies) {
        if (tally.error)
            return *tally.error;
        result.actualHandoffs += tally.preview.actualHandoffs;
        result.draftHandoffs += tally.preview.draftHandoffs;
        result.bothHandoffs += tally.preview.bothHandoffs;
        result.judged += tally.preview.judged;
        result.judgedAccepted += tally.preview.judgedAccepted;
        result.judgedSent += tally.preview.judgedSent;
        result.judgedSentAccepted += tally.preview.judgedSentAccepted;
        for (const auto &[code, counts] : tally.reasons) {
            reasons[code].avoided += counts.avoided;
            reasons[code].added += counts.added;
        }
    }
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
    return result;
}

} // namespace baton
