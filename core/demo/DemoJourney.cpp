#include "demo/DemoJourney.h"

#include "demo/DemoContext.h"
#include "demo/DemoDates.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoPeople.h"
#include "demo/DemoSpread.h"

#include <algorithm>
#include <initializer_list>

namespace baton {
namespace {

constexpr qint64 minute = DemoContext::minute;
constexpr qint64 hour = DemoContext::hour;
constexpr qint64 day = DemoContext::day;

/// How long before a move the previous one happened.
qint64 gapBefore(DemoMove move, DemoRandom &random)
{
    switch (move) {
    case DemoMove::Create:
        return 0;
    case DemoMove::HandOver:
        return DemoSpread::draw(random, {{20, hour, day}, {40, day, 10 * day}, {40, 10 * day, 45 * day}});
    case DemoMove::Accept:
        return DemoSpread::draw(random,
                                {{50, 10 * minute, 4 * hour}, {35, 4 * hour, day}, {15, day, 4 * day}});
    case DemoMove::Reject:
        return DemoSpread::draw(
            random, {{40, 30 * minute, 8 * hour}, {45, 8 * hour, 2 * day}, {15, 2 * day, 6 * day}});
    case DemoMove::Convert:
        return random.between(2 * day, 21 * day);
    case DemoMove::Disqualify:
        return random.between(3 * day, 28 * day);
    case DemoMove::RecycleMql:
        return random.between(day, 6 * day);
    case DemoMove::RecycleSal:
        return random.between(3 * day, 25 * day);
    case DemoMove::RecycleRejected:
    case DemoMove::RecycleDisqualified:
        return random.between(day, 10 * day);
    case DemoMove::Renurture:
        return random.between(10 * day, 35 * day);
    case DemoMove::HandOverAgain:
        return random.between(7 * day, 30 * day);
    case DemoMove::Reopen: // marketing disputes the rejection, the sales manager decides
        return DemoSpread::draw(random, {{60, 6 * hour, 2 * day}, {40, 2 * day, 6 * day}});
    }
    return hour;
}

std::string_view toStage(DemoMove move)
{
    switch (move) {
    case DemoMove::Create:
    case DemoMove::Renurture:
        return "nurture";
    case DemoMove::HandOver:
    case DemoMove::HandOverAgain:
    case DemoMove::Reopen:
        return "mql";
    case DemoMove::Accept:
        return "sal";
    case DemoMove::Reject:
        return "rejected";
    case DemoMove::Convert:
        return "sql";
    case DemoMove::Disqualify:
        return "disqualified";
    case DemoMove::RecycleMql:
    case DemoMove::RecycleSal:
    case DemoMove::RecycleRejected:
    case DemoMove::RecycleDisqualified:
        return "recycled";
    }
    return "nurture";
}

enum class Final { Nurture, Mql, Sal, Sql, Rejected, Disqualified, Recycled };

// Per mille of leads ending in each stage: nurture is the majority, the open queue
// (mql + sal) about a tenth.
const DemoWeights finalShares{590, 55, 45, 50, 95, 45, 120};

void setPath(DemoJourney &journey, std::initializer_list<DemoMove> moves)
{
    journey.count = 0;
    for (DemoMove move : moves)
        journey.steps[static_cast<size_t>(journey.count++)].move = move;
}

void choosePath(DemoJourney &journey, Final final, const DemoContext &context, DemoRandom &random)
{
    using M = DemoMove;
    // A few rejections are disputed and reopened into the queue, where the lifecycle allows it.
    const bool reopenRejected = context.reopenRejected;
    const bool reopenDisqualified = context.reopenDisqualified;
    switch (final) {
    case Final::Nurture: {
        const quint64 roll = random.below(100);
        if (roll < 4)
            setPath(journey, {M::Create, M::HandOver, M::Reject, M::RecycleRejected, M::Renurture});
        else if (roll < 6)
            setPath(journey, {M::Create, M::HandOver, M::RecycleMql, M::Renurture});
        else
            setPath(journey, {M::Create});
        break;
    }
    case Final::Mql:
        if (random.percent(8))
            setPath(journey, {M::Create, M::HandOver, M::Reject, M::RecycleRejected, M::HandOverAgain});
        else if (reopenRejected && random.percent(5))
            setPath(journey, {M::Create, M::HandOver, M::Reject, M::Reopen});
        else
            setPath(journey, {M::Create, M::HandOver});
        break;
    case Final::Sal:
        if (reopenRejected && random.percent(4))
            setPath(journey, {M::Create, M::HandOver, M::Reject, M::Reopen, M::Accept});
        else if (reopenDisqualified && random.percent(2))
            setPath(journey, {M::Create, M::HandOver, M::Accept, M::Disqualify, M::Reopen, M::Accept});
        else
            setPath(journey, {M::Create, M::HandOver, M::Accept});
        break;
    case Final::Sql:
        if (reopenRejected && random.percent(3))
            setPath(journey, {M::Create, M::HandOver, M::Reject, M::Reopen, M::Accept, M::Convert});
        else
            setPath(journey, {M::Create, M::HandOver, M::Accept, M::Convert});
        break;
    case Final::Rejected:
        setPath(journey, {M::Create, M::HandOver, M::Reject});
        break;
    case Final::Disqualified:
        setPath(journey, {M::Create, M::HandOver, M::Accept, M::Disqualify});
        break;
    case Final::Recycled: {
        const quint64 roll = random.below(100);
        if (roll < 35)
            setPath(journey, {M::Create, M::HandOver, M::RecycleMql});
        else if (roll < 70)
            setPath(journey, {M::Create, M::HandOver, M::Accept, M::RecycleSal});
        else if (roll < 90)
            setPath(journey, {M::Create, M::HandOver, M::Reject, M::RecycleRejected});
        else
            setPath(journey, {M::Create, M::HandOver, M::Accept, M::Disqualify, M::RecycleDisqualified});
        break;
    }
    }
}

/// How long ago the lead reached its present stage.
qint64 ageOfLastMove(Final final, qint64 room, DemoRandom &random)
{
    switch (final) {
    case Final::Mql: // the SLA clock is running: mostly fresh, some overdue
        return DemoSpread::draw(random, {{55, 5 * minute, day}, {30, day, 5 * day}, {15, 5 * day, 21 * day}});
    case Final::Sal:
        return random.between(hour, 14 * day);
    default:
        return random.between(0, std::max<qint64>(0, room));
    }
}

/// Lays the moves out backwards from the last one, squeezing the gaps if they would start
/// before the 12 weeks.
void placeInTime(DemoJourney &journey, Final final, const DemoContext &context, DemoRandom &random)
{
    std::array<qint64, 6> gaps{};
    qint64 total = 0;
    for (int i = 1; i < journey.count; ++i) {
        gaps[static_cast<size_t>(i)] = gapBefore(journey.steps[static_cast<size_t>(i)].move, random);
        total += gaps[static_cast<size_t>(i)];
    }
    const qint64 margin = 10 * minute;
    const qint64 window = context.now - context.windowStart - margin;
    qint64 age =
        journey.count == 1 ? random.between(margin, window) : ageOfLastMove(final, window - total, random);
    age = std::clamp<qint64>(age, 0, window);
    if (age + total > window) {
        const qint64 room = window - age;
        for (int i = 1; i < journey.count; ++i)
            gaps[static_cast<size_t>(i)] =
                std::max<qint64>(minute, gaps[static_cast<size_t>(i)] * room / total);
    }
    qint64 at = context.now - age;
    for (int i = journey.count - 1; i >= 0; --i) {
        journey.steps[static_cast<size_t>(i)].at = at;
        at -= gaps[static_cast<size_t>(i)];
    }
    // Squeezed minimum gaps may still start a little early: keep the first move in the window.
    const qint64 earliest = context.windowStart + margin;
    for (int i = 0; i < journey.count; ++i) {
        qint64 &moveAt = journey.steps[static_cast<size_t>(i)].at;
        const qint64 floor = i == 0 ? earliest : journey.steps[static_cast<size_t>(i - 1)].at + 1;
        moveAt = std::min(std::max(moveAt, floor), context.now);
    }
}

struct Reasoned {
    std::string_view code;
    std::string_view note;
};

Reasoned reasonFor(DemoMove move, const DemoContext &context, const DemoContactFacts &contact,
                   DemoRandom &random)
{
    DemoExit exit = DemoExit::Recycled;
    if (move == DemoMove::Reject)
        exit = DemoExit::Rejected;
    else if (move == DemoMove::Disqualify)
        exit = DemoExit::Disqualified;
    if (context.reasons.empty(exit))
        return {"other", "No reason list in this file."};
    const DemoReason &reason = exit == DemoExit::Rejected && contact.student
                                   ? context.reasons.preferred(exit, "student_or_competitor", random)
                               : exit == DemoExit::Rejected && !contact.hasPhone && random.percent(40)
                                   ? context.reasons.preferred(exit, "bad_data", random)
                               // Individual contributors are the ones sales finds cannot buy.
                               : exit == DemoExit::Rejected &&
                                       contact.seniority == DemoPeople::individualSeniority &&
                                       random.percent(45)
                                   ? context.reasons.preferred(exit, "no_authority", random)
                                   : context.reasons.pick(exit, random);
    Reasoned result{reason.code, {}};
    if (reason.noteRequired || (!reason.notes.empty() && random.percent(25))) {
        result.note = reason.notes.empty() ? std::string_view("Details in the activity log.")
                                           : random.pick(reason.notes);
    }
    return result;
}

qint64 actorFor(DemoMove move, qint64 owner, const DemoContext &context, DemoRandom &random)
{
    switch (move) {
    case DemoMove::Create:
    case DemoMove::HandOver:
    case DemoMove::HandOverAgain:
    case DemoMove::Renurture:
        return 0; // the system: routing and revisit dates
    case DemoMove::RecycleRejected:
    case DemoMove::RecycleDisqualified:
        return context.staff.marketingManagers.empty()
                   ? 0
                   : context.staff.marketingManagers[random.below(context.staff.marketingManagers.size())];
    case DemoMove::Reopen:
        return context.staff.managerOf(owner);
    default:
        return owner;
    }
}

} // namespace

DemoJourney DemoJourney::make(const DemoContext &context, const DemoContactFacts &contact, DemoRandom &random,
                              DemoLeadRecord &record)
{
    DemoJourney journey;
    const auto final = static_cast<Final>(finalShares.pick(random));
    choosePath(journey, final, context, random);
    placeInTime(journey, final, context, random);

    record.stageChanges.clear();
    record.revisitOn.clear();
    record.handoffAt = 0;
    std::string_view from;
    for (int i = 0; i < journey.count; ++i) {
        const Step &step = journey.steps[static_cast<size_t>(i)];
        if (step.move == DemoMove::HandOver && journey.ownerId == 0)
            journey.ownerId = context.staff.route(contact.region, random);
        if (step.move == DemoMove::HandOver || step.move == DemoMove::HandOverAgain)
            record.handoffAt = step.at;
        DemoStageRow row;
        row.from = from;
        row.to = toStage(step.move);
        row.at = step.at;
        row.userId = actorFor(step.move, journey.ownerId, context, random);
        if (i > 0 && row.to != "nurture" && row.to != "mql" && row.to != "sal" && row.to != "sql") {
            const Reasoned reason = reasonFor(step.move, context, contact, random);
            row.reasonCode = reason.code;
            row.note = reason.note;
        }
        record.stageChanges.push_back(row);
        from = row.to;
    }
    const Step &last = journey.last();
    record.stage = toStage(last.move);
    record.stageChangedAt = last.at;
    record.createdAt = journey.createdAt();
    record.ownerId = journey.ownerId;
    if (record.stage == "recycled")
        appendIsoDate(record.revisitOn, last.at + random.between(30, 120) * day);
    return journey;
}

} // namespace baton
