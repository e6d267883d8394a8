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
    /// Events per lead at the default richness (about 13 on average): nurture leads fewer,
    /// handed-over leads more. DemoOptions::eventsPerLead scales both ranges.
    static constexpr int nurtureEventsMin = 4;
    static constexpr int nurtureEventsMax = 14;
    static constexpr int workedEventsMin = 10;
    static constexpr int workedEventsMax = 26;
    static constexpr int defaultEventsPerLead = 13;

    static void make(const DemoContext &context, const DemoJourney &journey, DemoRandom &random,
                     DemoLeadRecord &record);
};

} // namespace baton
