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
    /// Events per lead: nurture leads fewer, handed-over leads more; about 20 on average, the
    /// scale the benchmarks are set at (1,000,000 leads, 20,000,000 events). SQLite's inserts
    /// and index builds are most of the generation time, in proportion to the events.
    static constexpr int nurtureEventsMin = 8;
    static constexpr int nurtureEventsMax = 24;
    static constexpr int workedEventsMin = 16;
    static constexpr int workedEventsMax = 36;

    static void make(const DemoContext &context, const DemoJourney &journey, DemoRandom &random,
                     DemoLeadRecord &record);
};

} // namespace baton
