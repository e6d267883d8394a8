#pragma once

namespace baton {

struct DemoContext;
struct DemoJourney;
struct DemoLeadRecord;
class DemoRandom;

/// Makes a lead's engagement history: the first touch from its source campaign, pages it
/// returns to, e-mails opened and clicked, downloads, webinars (with questions asked),
/// events, forms, and the buying signal just before each handoff. Sets the source campaign.
class DemoEngagement {
public:
    /// Events per lead: nurture leads fewer, handed-over leads more; about 13 on average,
    /// which keeps generation above 50,000 leads/s on two cores (SQLite's inserts and index
    /// builds are most of the time, in proportion to the events).
    static constexpr int nurtureEventsMin = 4;
    static constexpr int nurtureEventsMax = 14;
    static constexpr int workedEventsMin = 10;
    static constexpr int workedEventsMax = 26;

    static void make(const DemoContext &context, const DemoJourney &journey, DemoRandom &random,
                     DemoLeadRecord &record);
};

} // namespace baton
