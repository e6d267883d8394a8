#include "demo/DemoReviews.h"

#include "demo/DemoContext.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoReviewNotes.h"
#include "demo/DemoSpread.h"

#include <algorithm>

namespace baton {
namespace {

constexpr qint64 hour = DemoContext::hour;
constexpr qint64 day = DemoContext::day;

/// Where sales' reasons follow the points: the rule behind a handoff, and the reasons its leads
/// tend to be turned down for.
struct Leaning {
    std::string_view rule; ///< a score_rules key
    bool dominant;         ///< the handoff's dominant rule (top_rule); else the rule leading its engagement
    int chance;            ///< percent of such rejections whose reason follows the rule
    std::string_view first;
    int firstShare; ///< percent of those given `first`, the rest `second`
    std::string_view second;
    bool research; ///< interest in a topic rather than in buying: marketing seldom disputes these
};

constexpr Leaning leanings[] = {
    // Fast-tracked demo requests from companies outside the ICP.
    {"engagement:demo_request", true, 85, "not_icp_fit", 85, "student_or_competitor", false},
    // Research, not a project.
    {"engagement:downloads", false, 75, "no_buying_intent", 60, "no_authority", true},
    {"engagement:webinar_attended", false, 75, "no_buying_intent", 45, "no_authority", true},
};

/// The lead's latest handoff at a moment; -1 for none.
int handoffAt(const DemoLeadRecord &record, qint64 at)
{
    int found = -1;
    for (size_t i = 0; i < record.handoffs.size() && record.handoffs[i].at <= at; ++i)
        found = static_cast<int>(i);
    return found;
}

const QString *ruleKey(const DemoContext &context, int index)
{
    return index >= 0 && static_cast<size_t>(index) < context.scoreRules.size()
               ? &context.scoreRules[static_cast<size_t>(index)].key
               : nullptr;
}

/// The leaning of a handoff's rejections, if its points lean on such a rule.
const Leaning *leaningOf(const DemoContext &context, const DemoLeadRecord &record,
                         const DemoHandoffRow &handoff)
{
    const int dominant = handoff.topRule >= 0
                             ? record.handoffRules[handoff.firstRule + static_cast<quint32>(handoff.topRule)]
                             : -1;
    const QString *top = ruleKey(context, dominant);
    const QString *leading = ruleKey(context, handoff.leadingEngagementRule);
    for (const Leaning &leaning : leanings) {
        const QString *key = leaning.dominant ? top : leading;
        if (key != nullptr &&
            *key == QLatin1String(leaning.rule.data(), static_cast<qsizetype>(leaning.rule.size())))
            return &leaning;
    }
    return nullptr;
}

/// Sales gives this reason for the move instead, with a note as often as DemoJourney gives one.
void giveReason(DemoStageRow &change, const DemoReason &reason, DemoRandom &random)
{
    change.reasonCode = reason.code;
    change.note = !reason.notes.empty() && (reason.noteRequired || random.percent(25))
                      ? random.pick(reason.notes)
                      : std::string_view();
    if (reason.noteRequired && change.note.empty())
        change.note = "Details in the activity log.";
}

bool isDecisionMaker(std::string_view seniority)
{
    return seniority == "c_level" || seniority == "vp" || seniority == "director";
}

/// How likely marketing disputes the reason, in percent: more when the lead's facts say otherwise.
int disputeChance(std::string_view reason, const DemoLeadRecord &record, const DemoHandoffRow *handoff,
                  bool research)
{
    if (reason == "no_authority" && isDecisionMaker(record.seniority))
        return 55;
    if (reason == "not_icp_fit" && handoff != nullptr && handoff->fit >= 60)
        return 35;
    if ((reason == "no_buying_intent" || reason == "no_need") && handoff != nullptr && !research &&
        handoff->engagement >= 50)
        return 25;
    if (reason == "student_or_competitor" || reason == "bad_data" || reason == "duplicate")
        return 3;
    return research ? 3 : 7;
}

/// A time strictly between two others (as close to the middle share asked as the gap allows).
qint64 between(DemoRandom &random, qint64 from, qint64 to, int lowPercent, int highPercent)
{
    if (to - from <= 2)
        return from + (to - from) / 2;
    const qint64 at = from + (to - from) * random.between(lowPercent, highPercent) / 100;
    return std::clamp(at, from + 1, to - 1);
}

/// Writes the review's steps into the row and the thread.
class Steps {
public:
    Steps(DemoLeadRecord &record, int reviewIndex)
        : m_record(record)
        , m_review(record.reviews[static_cast<size_t>(reviewIndex)])
        , m_index(reviewIndex)
    {}

    std::string &step(std::string_view status, qint64 at, qint64 by)
    {
        m_review.status = status;
        m_review.statusAt = at;
        m_review.statusBy = by;
        ++m_review.version;
        DemoCommentRow &comment = m_record.comments.emplace_back();
        comment.reviewIndex = m_index;
        comment.at = at;
        comment.authorId = by;
        comment.kind = status;
        return comment.body;
    }

    void step(std::string_view status, qint64 at, qint64 by, std::string_view words)
    {
        step(status, at, by).assign(words);
    }

private:
    DemoLeadRecord &m_record;
    DemoReviewRow &m_review;
    int m_index;
};

qint64 marketingManager(const DemoContext &context, DemoRandom &random)
{
    const auto &managers = context.staff.marketingManagers;
    return managers.empty() ? 0 : managers[static_cast<size_t>(random.below(managers.size()))];
}

} // namespace

void DemoReviews::make(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record)
{
    record.reviews.clear();
    record.comments.clear();
    followThePoints(context, random, record);
    for (size_t i = 1; i < record.stageChanges.size(); ++i) {
        const std::string_view to = record.stageChanges[i].to;
        if (to == "rejected" || to == "disqualified")
            review(context, random, static_cast<int>(i), record);
    }
    addComments(context, random, record);
}

void DemoReviews::followThePoints(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record)
{
    for (DemoStageRow &change : record.stageChanges) {
        if (change.to != "rejected" || change.reasonCode == "student_or_competitor" ||
            change.reasonCode == "bad_data")
            continue;
        if (change.reasonCode == "no_authority" && isDecisionMaker(record.seniority) && random.percent(70)) {
            // A director or above seldom lacks the authority: another reason, most of the time.
            const DemoReason *other = &context.reasons.pick(DemoExit::Rejected, random);
            for (int attempt = 0; attempt < 4 && other->code == "no_authority"; ++attempt)
                other = &context.reasons.pick(DemoExit::Rejected, random);
            giveReason(change, *other, random);
        }
        const int handoff = handoffAt(record, change.at);
        const Leaning *leaning =
            handoff >= 0 ? leaningOf(context, record, record.handoffs[static_cast<size_t>(handoff)])
                         : nullptr;
        if (leaning == nullptr || !random.percent(leaning->chance))
            continue;
        const bool first = random.percent(leaning->firstShare);
        giveReason(
            change,
            context.reasons.preferred(DemoExit::Rejected, first ? leaning->first : leaning->second, random),
            random);
    }
}

void DemoReviews::review(const DemoContext &context, DemoRandom &random, int changeIndex,
                         DemoLeadRecord &record)
{
    DemoStageRow &change = record.stageChanges[static_cast<size_t>(changeIndex)];
    const int handoffIndex = handoffAt(record, change.at);
    const DemoHandoffRow *handoff =
        handoffIndex >= 0 ? &record.handoffs[static_cast<size_t>(handoffIndex)] : nullptr;
    DemoReviewRow &row = record.reviews.emplace_back();
    row.stageChangeIndex = changeIndex;
    row.handoffIndex = handoffIndex;
    row.stage = change.to;
    row.reasonCode = change.reasonCode.empty() ? std::string_view("other") : change.reasonCode;
    row.rejectedAt = change.at;
    row.rejectedBy = change.userId;
    row.campaignId = handoff != nullptr && handoff->campaignId != 0 ? handoff->campaignId : record.campaignId;
    row.status = "open";
    Steps steps(record, static_cast<int>(record.reviews.size()) - 1);

    const Leaning *leaning = handoff != nullptr ? leaningOf(context, record, *handoff) : nullptr;
    const bool research = leaning != nullptr && leaning->research;
    const qint64 manager = context.staff.managerOf(change.userId);
    DemoStageRow *next = static_cast<size_t>(changeIndex) + 1 < record.stageChanges.size()
                             ? &record.stageChanges[static_cast<size_t>(changeIndex) + 1]
                             : nullptr;
    if (next != nullptr && next->to == "mql") {
        // Disputed, and the sales manager sent it back to the queue: the move's note is the decision.
        const qint64 disputedAt = between(random, change.at, next->at, 25, 70);
        const qint64 disputedBy = marketingManager(context, random);
        DemoReviewNotes::appendDispute(steps.step("disputed", disputedAt, disputedBy), row.reasonCode, record,
                                       handoff);
        next->note = random.pick(DemoReviewNotes::reopened());
        steps.step("reopened", next->at, next->userId, next->note);
        return;
    }
    if (next != nullptr && next->to == "recycled") {
        // Marketing took it back through the review; the recycling's note is its words.
        const quint64 roll = random.below(100);
        if (roll < 5) {
            const qint64 disputed = between(random, change.at, next->at, 10, 40);
            DemoReviewNotes::appendDispute(steps.step("disputed", disputed, next->userId), row.reasonCode,
                                           record, handoff);
            const qint64 upheldAt = between(random, disputed, next->at, 30, 70);
            steps.step("upheld", upheldAt, manager, random.pick(DemoReviewNotes::upheld()));
        } else if (roll < 40) {
            const qint64 acknowledgedAt = between(random, change.at, next->at, 10, 60);
            steps.step("acknowledged", acknowledgedAt, next->userId,
                       random.pick(DemoReviewNotes::acknowledged(row.reasonCode)));
        }
        if (next->note.empty())
            next->note = random.pick(DemoReviewNotes::recycled());
        steps.step("recycled", next->at, next->userId, next->note);
        return;
    }
    // Still rejected: most are looked at within a week; the latest may still be open.
    const qint64 reviewedAt =
        change.at +
        DemoSpread::draw(
            random, {{50, hour, day}, {30, day, 4 * day}, {12, 4 * day, 7 * day}, {8, 7 * day, 18 * day}});
    if (reviewedAt > context.now)
        return;
    const qint64 reviewer = marketingManager(context, random);
    if (!random.percent(disputeChance(row.reasonCode, record, handoff, research))) {
        steps.step("acknowledged", reviewedAt, reviewer,
                   random.pick(DemoReviewNotes::acknowledged(row.reasonCode)));
        return;
    }
    qint64 disputedAt = reviewedAt;
    if (random.percent(15)) { // agreed at first, then had a closer look
        steps.step("acknowledged", reviewedAt, reviewer,
                   random.pick(DemoReviewNotes::acknowledged(row.reasonCode)));
        disputedAt = reviewedAt + random.between(hour, 2 * day);
        if (disputedAt > context.now)
            return;
    }
    DemoReviewNotes::appendDispute(steps.step("disputed", disputedAt, reviewer), row.reasonCode, record,
                                   handoff);
    const qint64 decidedAt = disputedAt + DemoSpread::draw(random, {{60, 2 * hour, day}, {40, day, 5 * day}});
    if (decidedAt <= context.now && manager != 0 && random.percent(85))
        steps.step("upheld", decidedAt, manager, random.pick(DemoReviewNotes::upheld()));
}

void DemoReviews::addComments(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record)
{
    if (record.handoffs.empty() || !random.percent(4))
        return;
    const qint64 from = record.handoffs.front().at;
    DemoCommentRow &comment = record.comments.emplace_back();
    comment.at = std::min(context.now, from + random.between(hour, 5 * day));
    comment.authorId =
        random.percent(70) || record.ownerId == 0 ? marketingManager(context, random) : record.ownerId;
    comment.kind = "comment";
    comment.body.assign(random.pick(DemoReviewNotes::comments()));
    if (comment.authorId == 0) {
        record.comments.pop_back();
        return;
    }
    // The thread in time order.
    auto &rows = record.comments;
    for (size_t i = rows.size() - 1; i > 0 && rows[i - 1].at > rows[i].at; --i)
        std::swap(rows[i - 1], rows[i]);
}

} // namespace baton
