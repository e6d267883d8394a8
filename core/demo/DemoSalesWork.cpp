#include "demo/DemoSalesWork.h"

#include "demo/DemoContext.h"
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

/// From the handoff to the next move (or now): reaching the lead.
void afterHandoff(Worklog &log, DemoRandom &random, const DemoContactFacts &contact, qint64 from, qint64 to,
                  const DemoJourney::Step *next)
{
    if (next == nullptr) { // still in the queue
        if (random.percent(45))
            log.some(static_cast<int>(random.between(1, 2)), attempts, from, to);
        if (random.percent(20))
            log.log(T::CallConnected, log.within(from, to));
        return;
    }
    switch (next->move) {
    case DemoMove::Accept: {
        // Attempts, then the meaningful first contact that led to the acceptance.
        const qint64 lead = std::min<qint64>(2 * hour, (to - from) / 2);
        const qint64 contactAt = to - random.between(0, std::max<qint64>(0, lead));
        log.some(static_cast<int>(random.between(0, 2)), attempts, from, contactAt);
        const quint64 roll = random.below(100);
        log.log(roll < 60 ? T::CallConnected : roll < 90 ? T::EmailReplied : T::LinkedInReplied, contactAt);
        break;
    }
    case DemoMove::Reject:
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

/// From the acceptance to the next move (or now): qualifying it.
void afterAccept(Worklog &log, DemoRandom &random, qint64 from, qint64 to, const DemoJourney::Step *next)
{
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
    Worklog log(random, record, journey.ownerId, context.now);
    for (int i = 1; i < journey.count; ++i) {
        const DemoJourney::Step &step = journey.steps[static_cast<size_t>(i)];
        const DemoJourney::Step *next =
            i + 1 < journey.count ? &journey.steps[static_cast<size_t>(i) + 1] : nullptr;
        const qint64 to = next != nullptr ? next->at : context.now;
        if (step.move == DemoMove::HandOver || step.move == DemoMove::HandOverAgain)
            afterHandoff(log, random, contact, step.at, to, next);
        else if (step.move == DemoMove::Accept)
            afterAccept(log, random, step.at, to, next);
        else if (step.move == DemoMove::Convert) {
            record.hasOpportunity = true;
            record.opportunityCents = seatsFor(record.employees, random) * random.between(600, 1200) * 100;
            record.opportunityAt = step.at;
            record.opportunityBy = journey.ownerId;
            record.opportunityNote =
                random.percent(60) ? random.pick(DemoSalesNotes::opportunityNotes()) : std::string_view();
        }
    }
    log.sortByTime();
    record.version = journey.count + static_cast<qint64>(record.activities.size());
}

} // namespace baton
