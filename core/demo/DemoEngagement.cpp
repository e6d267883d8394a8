#include "demo/DemoEngagement.h"

#include "demo/DemoContent.h"
#include "demo/DemoContext.h"
#include "demo/DemoJourney.h"
#include "demo/DemoLeadRecord.h"

#include <algorithm>

namespace baton {
namespace {

constexpr qint64 minute = DemoContext::minute;
constexpr qint64 hour = DemoContext::hour;
constexpr qint64 day = DemoContext::day;

constexpr std::string_view pageView = "page_view";
constexpr std::string_view download = "content_download";
constexpr std::string_view registered = "webinar_registered";
constexpr std::string_view attended = "webinar_attended";
constexpr std::string_view question = "webinar_question";
constexpr std::string_view formSubmit = "form_submit";
constexpr std::string_view demoRequest = "demo_request";
constexpr std::string_view emailOpen = "email_open";
constexpr std::string_view emailClick = "email_click";
constexpr std::string_view eventVisit = "event_visit";

using Kind = DemoCampaignKind;

class Story {
public:
    Story(const DemoContext &context, const DemoJourney &journey, DemoRandom &random, DemoLeadRecord &record)
        : m_context(context)
        , m_random(random)
        , m_record(record)
        , m_created(journey.createdAt())
    {}

    void add(qint64 at, std::string_view type, std::string_view detail, qint64 campaignId = 0)
    {
        if (at > m_context.now)
            return;
        m_record.events.push_back(DemoEventRow{at, type, detail, campaignId, m_order++});
    }

    const DemoCampaignRun *chooseSource();
    void firstTouch(const DemoCampaignRun *source);
    /// Adds the buying signal shortly before a handoff; returns its order.
    quint32 signalBefore(qint64 handoff);
    void chooseFavourites();
    void engageAt(qint64 at, bool mayRequestDemo);
    void sortByTime();

private:
    std::string_view page(bool favourite)
    {
        if (favourite)
            return m_favourites[m_random.below(m_favouriteCount)];
        return DemoContent::pages()[m_context.pages.pick(m_random)].text;
    }
    std::string_view asset() { return DemoContent::assets()[m_context.assets.pick(m_random)].text; }
    void webinar(const DemoCampaignRun &run, qint64 registeredAt, int attendChance);
    void emailAt(qint64 at);
    const DemoCampaignRun *started(Kind kind, qint64 at);

    const DemoContext &m_context;
    DemoRandom &m_random;
    DemoLeadRecord &m_record;
    qint64 m_created;
    quint32 m_order = 0;
    std::array<std::string_view, 3> m_favourites{};
    quint64 m_favouriteCount = 1;
};

const DemoCampaignRun *Story::chooseSource()
{
    if (m_random.percent(6))
        return nullptr; // organic search or a referral
    quint64 total = 0;
    std::array<quint64, 64> weights{}; // campaigns beyond 64 are never a source
    const size_t count = std::min(weights.size(), m_context.campaigns.size());
    for (size_t i = 0; i < count; ++i) {
        const DemoCampaignRun &run = m_context.campaigns[i];
        const bool notYet = run.startsAt > m_created;
        const bool closed = run.spec->type == Kind::Webinar && m_created > run.liveAt; // registration ends
        quint64 weight = notYet || closed ? 0 : run.spec->sourceWeight;
        if (run.spec->type == Kind::Event) // a badge scan on the day(s) of the event, or nothing
            weight = m_created >= run.liveAt && m_created <= run.liveAt + 32 * hour ? weight * 30 : 0;
        weights[i] = weight;
        total += weight;
    }
    if (total == 0)
        return nullptr;
    quint64 target = m_random.below(total);
    for (size_t i = 0; i < count; ++i) {
        if (target < weights[i])
            return &m_context.campaigns[i];
        target -= weights[i];
    }
    return nullptr;
}

void Story::webinar(const DemoCampaignRun &run, qint64 registeredAt, int attendChance)
{
    add(registeredAt, registered, run.spec->detail, run.id);
    if (run.liveAt < registeredAt || !m_random.percent(attendChance))
        return;
    add(run.liveAt + m_random.between(0, 10 * minute), attended, run.spec->detail, run.id);
    if (m_random.percent(35)) {
        add(run.liveAt + m_random.between(10 * minute, 55 * minute), question,
            m_random.pick(DemoContent::webinarQuestions()), run.id);
    }
}

void Story::firstTouch(const DemoCampaignRun *source)
{
    if (source == nullptr) {
        add(m_created, pageView, DemoContent::organicEntries()[m_context.organicEntries.pick(m_random)].text);
        return;
    }
    switch (source->spec->type) {
    case Kind::Webinar:
        webinar(*source, m_created, 65);
        break;
    case Kind::Whitepaper:
    case Kind::Syndication:
        add(m_created, download, source->spec->detail, source->id);
        break;
    case Kind::PaidSearch:
    case Kind::PaidSocial:
        add(m_created, pageView, source->spec->detail, source->id);
        if (m_random.percent(55)) {
            add(m_created + m_random.between(minute, 6 * minute), formSubmit,
                DemoContent::forms()[m_context.forms.pick(m_random)].text, source->id);
        }
        break;
    case Kind::Event:
        add(m_created, eventVisit, source->spec->detail, source->id);
        break;
    case Kind::Email:
        add(m_created, pageView, "/");
        break;
    }
}

const DemoCampaignRun *Story::started(Kind kind, qint64 at)
{
    const auto &runs = m_context.campaignsByKind[static_cast<size_t>(kind)];
    size_t eligible = 0;
    for (const DemoCampaignRun *run : runs)
        eligible += run->startsAt <= at ? 1 : 0;
    if (eligible == 0)
        return nullptr;
    size_t chosen = static_cast<size_t>(m_random.below(eligible));
    for (const DemoCampaignRun *run : runs) {
        if (run->startsAt <= at && chosen-- == 0)
            return run;
    }
    return nullptr;
}

void Story::emailAt(qint64 at)
{
    const DemoCampaignRun *run = started(Kind::Email, at);
    if (run == nullptr || run->spec->subjects.empty()) {
        add(at, pageView, page(false));
        return;
    }
    add(at, emailOpen, m_random.pick(run->spec->subjects), run->id);
    if (m_random.percent(30))
        add(at + m_random.between(30, 30 * minute), emailClick, page(m_random.percent(40)), run->id);
}

quint32 Story::signalBefore(qint64 handoff)
{
    const quint32 order = m_order;
    const qint64 at = std::max(m_created, handoff - m_random.between(minute, 30 * minute));
    const quint64 roll = m_random.below(100);
    if (roll < 35) {
        add(at, demoRequest, DemoContent::demoRequests()[m_context.demoRequests.pick(m_random)].text);
    } else if (roll < 60) {
        add(at, pageView, "/pricing");
    } else if (roll < 80) {
        add(at, formSubmit, "Contact sales");
    } else if (roll < 90) {
        add(at, download, "Response SLA Template (XLSX)");
    } else {
        const DemoCampaignRun *run = started(Kind::Email, at);
        add(at, emailClick, "/pricing", run != nullptr ? run->id : 0);
    }
    return order;
}

void Story::chooseFavourites()
{
    m_favouriteCount = static_cast<quint64>(m_random.between(2, 3));
    for (quint64 i = 0; i < m_favouriteCount; ++i)
        m_favourites[i] = DemoContent::intentPages()[m_context.intentPages.pick(m_random)].text;
}

void Story::engageAt(qint64 at, bool mayRequestDemo)
{
    const quint64 roll = m_random.below(100);
    if (roll < 55) {
        add(at, pageView, page(m_random.percent(45)));
    } else if (roll < 79) {
        emailAt(at);
    } else if (roll < 87) {
        const DemoCampaignRun *run = m_random.percent(50) ? started(Kind::Whitepaper, at) : nullptr;
        if (run != nullptr)
            add(at, download, run->spec->detail, run->id);
        else
            add(at, download, asset());
    } else if (roll < 92) {
        add(at, formSubmit, DemoContent::forms()[m_context.forms.pick(m_random)].text);
    } else if (roll < 97) {
        // A webinar open for registration at that moment.
        const DemoCampaignRun *open = nullptr;
        for (const DemoCampaignRun *run : m_context.campaignsByKind[static_cast<size_t>(Kind::Webinar)]) {
            if (run->startsAt <= at && at <= run->liveAt)
                open = run;
        }
        if (open != nullptr)
            webinar(*open, at, 55);
        else
            add(at, pageView, page(true));
    } else if (roll < 99) {
        // An event held while the lead was around.
        const DemoCampaignRun *met = nullptr;
        quint64 seen = 0;
        for (const DemoCampaignRun *run : m_context.campaignsByKind[static_cast<size_t>(Kind::Event)]) {
            if (run->liveAt >= m_created && run->liveAt + 8 * hour <= m_context.now &&
                m_random.below(++seen) == 0)
                met = run;
        }
        if (met != nullptr)
            add(met->liveAt + m_random.between(0, 8 * hour), eventVisit, met->spec->detail, met->id);
        else
            add(at, pageView, page(false));
    } else if (mayRequestDemo) {
        add(at, demoRequest, DemoContent::demoRequests()[m_context.demoRequests.pick(m_random)].text);
    } else {
        add(at, pageView, "/pricing");
    }
}

void Story::sortByTime()
{
    // Insertion sort on (time, order): a handful of events, and the same order everywhere.
    auto &events = m_record.events;
    for (size_t i = 1; i < events.size(); ++i) {
        const DemoEventRow moving = events[i];
        size_t j = i;
        while (j > 0 && (events[j - 1].at > moving.at ||
                         (events[j - 1].at == moving.at && events[j - 1].order > moving.order))) {
            events[j] = events[j - 1];
            --j;
        }
        events[j] = moving;
    }
}

} // namespace

void DemoEngagement::make(const DemoContext &context, const DemoJourney &journey, DemoRandom &random,
                          DemoLeadRecord &record)
{
    record.events.clear();
    record.handoffs.clear();
    Story story(context, journey, random, record);
    const DemoCampaignRun *source = story.chooseSource();
    record.campaignId = source != nullptr ? source->id : 0;
    story.chooseFavourites();
    story.firstTouch(source);

    qint64 firstHandoff = 0;
    for (int i = 0; i < journey.count; ++i) {
        const DemoJourney::Step &step = journey.steps[static_cast<size_t>(i)];
        if (step.move == DemoMove::HandOver || step.move == DemoMove::HandOverAgain) {
            const quint32 signal = story.signalBefore(step.at);
            record.handoffs.push_back(DemoHandoffRow{step.at, signal});
            if (firstHandoff == 0)
                firstHandoff = step.at;
        }
    }

    const bool worked = journey.handedOver();
    const auto scaled = [&context](int count) {
        return std::max(1, (count * context.eventsPerLead + defaultEventsPerLead / 2) / defaultEventsPerLead);
    };
    const int target =
        worked ? static_cast<int>(random.between(scaled(workedEventsMin), scaled(workedEventsMax)))
               : static_cast<int>(random.between(scaled(nurtureEventsMin), scaled(nurtureEventsMax)));
    const qint64 created = journey.createdAt();
    const qint64 beforeHandoff = worked ? std::max(created, firstHandoff - minute) : context.now;
    for (int attempt = 0; static_cast<int>(record.events.size()) < target && attempt < 2 * target;
         ++attempt) {
        // Most engagement leads up to the handoff; some continues after it.
        const qint64 end = worked && random.percent(70) ? beforeHandoff : context.now;
        story.engageAt(random.between(created, end), worked);
    }
    story.sortByTime();
}

} // namespace baton
