#include "demo/DemoSalesWork.h"

#include "demo/DemoContext.h"
#include "demo/DemoDates.h"
#include "demo/DemoJourney.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoSalesNotes.h"

#include <algorithm>
#include <initializer_list>

namespace baton {
namespace {

constexpr qint64 minute = DemoContext::minute;
constexpr qint64 hour = DemoContext::hour;
constexpr qint64 day = DemoContext::day;

using T = DemoTouch;

class Worklog {
public:
    Worklog(DemoRandom &random, DemoLeadRecord &record, qint64 owner, qint64 now)
        : m_random(random)
        , m_record(record)
        , m_owner(owner)
        , m_now(now)
    {}

    void log(DemoTouch touch, qint64 at)
    {
        const DemoTouchText &text = DemoSalesNotes::touch(touch);
        std::string_view note;
        if (!text.notes.empty() && m_random.percent(text.noteChance))
            note = m_random.pick(text.notes);
        m_record.activities.push_back(
            DemoActivityRow{text.type, text.outcome, std::min(at, m_now), m_owner, note, m_order++});
    }

    /// Some touches of the given kinds at random times within (from, to].
    void some(int count, std::initializer_list<DemoTouch> touches, qint64 from, qint64 to)
    {
        for (int i = 0; i < count; ++i)
            log(*(touches.begin() + m_random.below(touches.size())), within(from, to));
    }

    qint64 within(qint64 from, qint64 to)
    {
        return to - from > minute ? m_random.between(from + minute, to) : to;
    }

    void sortByTime()
    {
        auto &rows = m_record.activities;
        for (size_t i = 1; i < rows.size(); ++i) {
            const DemoActivityRow moving = rows[i];
            size_t j = i;
            while (j > 0 && (rows[j - 1].at > moving.at ||
                             (rows[j - 1].at == moving.at && rows[j - 1].order > moving.order))) {
                rows[j] = rows[j - 1];
                --j;
            }
            rows[j] = moving;
        }
    }

private:
    DemoRandom &m_random;
    DemoLeadRecord &m_record;
    qint64 m_owner;
    qint64 m_now;
    quint32 m_order = 0;
};

constexpr std::initializer_list<DemoTouch> attempts = {T::CallVoicemail, T::CallNoAnswer, T::EmailSent,
                                                       T::LinkedInSent};

/// Whether the owner accepts this lead before reaching anyone (a habit of some SDRs).
bool acceptsBeforeContact(const DemoContext &context, qint64 owner, DemoRandom &random)
{
    const auto habit = context.staff.acceptsBeforeContact.find(owner);
    return habit != context.staff.acceptsBeforeContact.end() && random.percent(habit->second);
}

/// What a lead handed over (or reopened) leads to next, and whether it comes back after a rejection.
struct Ahead {
    const DemoJourney::Step *next = nullptr;
    bool reopened = false;    ///< the next move is a rejection that is later reopened
    bool uncontacted = false; ///< the next move is an acceptance before any meaningful contact
};

/// From the handoff to the next move (or now): reaching the lead.
void afterHandoff(Worklog &log, DemoRandom &random, const DemoContactFacts &contact, qint64 from, qint64 to,
                  const Ahead &ahead)
{
    const DemoJourney::Step *next = ahead.next;
    if (next == nullptr) { // still in the queue
        if (random.percent(45))
            log.some(static_cast<int>(random.between(1, 2)), attempts, from, to);
        if (random.percent(20))
            log.log(T::CallConnected, log.within(from, to));
        return;
    }
    switch (next->move) {
    case DemoMove::Accept: {
        if (ahead.uncontacted) { // accepted on the strength of the record, attempts at most
            log.some(static_cast<int>(random.between(0, 1)), attempts, from, to);
            break;
        }
        // Attempts, then the meaningful first contact that led to the acceptance.
        const qint64 lead = std::min<qint64>(2 * hour, (to - from) / 2);
        const qint64 contactAt = to - random.between(0, std::max<qint64>(0, lead));
        log.some(static_cast<int>(random.between(0, 2)), attempts, from, contactAt);
        const quint64 roll = random.below(100);
        log.log(roll < 60 ? T::CallConnected : roll < 90 ? T::EmailReplied : T::LinkedInReplied, contactAt);
        break;
    }
    case DemoMove::Reject:
        if (ahead.reopened) { // a conversation marketing reads differently
            log.log(T::CallConnected, log.within(from, to));
            break;
        }
        if (random.percent(30)) {
            const DemoTouch touch = contact.hasPhone ? T::CallNoAnswer : T::EmailBounced;
            log.log(random.percent(30) ? T::Note : touch, log.within(from, to));
        }
        break;
    case DemoMove::RecycleMql:
        log.some(static_cast<int>(random.between(1, 3)), attempts, from, (from + to) / 2);
        if (random.percent(50))
            log.log(T::CallConnected, log.within((from + to) / 2, to));
        break;
    default:
        break;
    }
}

/// From the acceptance to the next move (or now): qualifying it. A lead accepted before any
/// contact mostly gets its first call soon after.
void afterAccept(Worklog &log, DemoRandom &random, qint64 from, qint64 to, const DemoJourney::Step *next,
                 bool uncontacted)
{
    if (uncontacted && random.percent(70)) {
        const qint64 call = std::min(to, from + random.between(hour, 2 * day));
        log.log(T::CallConnected, call);
        from = std::min(to, call);
    }
    if (next == nullptr) {
        log.some(static_cast<int>(random.between(0, 3)),
                 {T::EmailSent, T::CallConnected, T::MeetingScheduled, T::Note, T::LinkedInSent}, from, to);
        return;
    }
    switch (next->move) {
    case DemoMove::Convert: {
        log.some(static_cast<int>(random.between(1, 2)), {T::EmailSent, T::CallConnected, T::EmailReplied},
                 from, to);
        const qint64 held = std::min(to, std::max(from + minute, to - random.between(hour, 2 * day)));
        log.log(T::MeetingScheduled, log.within(from, std::max(from + minute, held - hour)));
        log.log(T::MeetingHeld, held);
        if (random.percent(50))
            log.log(T::Note, log.within(held, to));
        break;
    }
    case DemoMove::Disqualify:
        log.some(static_cast<int>(random.between(2, 4)),
                 {T::EmailSent, T::CallVoicemail, T::CallNoAnswer, T::MeetingNoShow, T::CallConnected}, from,
                 to);
        break;
    case DemoMove::RecycleSal:
        log.some(static_cast<int>(random.between(1, 3)),
                 {T::CallConnected, T::EmailReplied, T::EmailSent, T::Note}, from, to);
        break;
    default:
        break;
    }
}

qint64 seatsFor(qint64 employees, DemoRandom &random)
{
    if (employees < 200)
        return random.between(5, 15);
    if (employees < 1000)
        return random.between(10, 40);
    if (employees < 5000)
        return random.between(25, 100);
    return random.between(50, 250);
}

} // namespace

void DemoSalesWork::make(const DemoContext &context, const DemoContactFacts &contact,
                         const DemoJourney &journey, DemoRandom &random, DemoLeadRecord &record)
{
    record.activities.clear();
    record.hasOpportunity = false;
    record.answers.clear();
    Worklog log(random, record, journey.ownerId, context.now);
    bool uncontacted = false;
    for (int i = 1; i < journey.count; ++i) {
        const DemoJourney::Step &step = journey.steps[static_cast<size_t>(i)];
        Ahead ahead;
        ahead.next = i + 1 < journey.count ? &journey.steps[static_cast<size_t>(i) + 1] : nullptr;
        ahead.reopened = ahead.next != nullptr && ahead.next->move == DemoMove::Reject &&
                         i + 2 < journey.count &&
                         journey.steps[static_cast<size_t>(i) + 2].move == DemoMove::Reopen;
        const qint64 to = ahead.next != nullptr ? ahead.next->at : context.now;
        if (step.move == DemoMove::HandOver || step.move == DemoMove::HandOverAgain ||
            step.move == DemoMove::Reopen) {
            ahead.uncontacted = ahead.next != nullptr && ahead.next->move == DemoMove::Accept &&
                                acceptsBeforeContact(context, journey.ownerId, random);
            uncontacted = ahead.uncontacted;
            afterHandoff(log, random, contact, step.at, to, ahead);
        } else if (step.move == DemoMove::Accept) {
            afterAccept(log, random, step.at, to, ahead.next, uncontacted);
        } else if (step.move == DemoMove::Convert) {
            convert(context, random, step.at, journey.ownerId, record);
        }
    }
    log.sortByTime();
    record.version = journey.count + static_cast<qint64>(record.activities.size());
}

void DemoSalesWork::convert(const DemoContext &context, DemoRandom &random, qint64 at, qint64 owner,
                            DemoLeadRecord &record)
{
    record.hasOpportunity = true;
    record.opportunityCents = seatsFor(record.employees, random) * random.between(600, 1200) * 100;
    record.opportunityAt = at;
    record.opportunityBy = owner;
    record.opportunityNote =
        random.percent(60) ? random.pick(DemoSalesNotes::opportunityNotes()) : std::string_view();
    record.expectedClose.clear();
    appendIsoDate(record.expectedClose, at + random.between(14, 84) * day);
    // The checklist as the owner answered it: every required item yes, the others as they stood.
    for (const DemoCriterion &item : context.checklist) {
        DemoAnswerRow answer{item.id, item.name, item.required, "yes", {}};
        if (!item.required) {
            const quint64 roll = random.below(100);
            answer.answer = roll < 55 ? "yes" : roll < 75 ? "no" : "unknown";
        }
        const auto notes = DemoSalesNotes::checklistNotes(item.id);
        if (answer.answer == "yes" && !notes.empty() && random.percent(35))
            answer.note = random.pick(notes);
        record.answers.push_back(answer);
    }
    // Some of the older opportunities are decided: about four in ten of those won.
    record.result = {};
    record.resultReason = {};
    record.closedAt = 0;
    record.closedBy = 0;
    const qint64 closeAt = at + random.between(10 * day, 70 * day);
    if (closeAt <= context.now && random.percent(70)) {
        record.closedAt = closeAt;
        record.closedBy = owner;
        if (random.percent(42)) {
            record.result = "won";
        } else {
            record.result = "lost";
            record.resultReason = random.pick(DemoSalesNotes::lostReasons());
        }
    }
}

} // namespace baton
