#pragma once

#include <QtGlobal>

#include <span>
#include <string_view>

namespace baton {

/// What a campaign does, which decides the events it produces.
enum class DemoCampaignKind { Webinar, Whitepaper, PaidSearch, PaidSocial, Event, Email, Syndication };

struct DemoCampaignSpec {
    std::string_view name;
    std::string_view kind; ///< stored campaigns.kind
    DemoCampaignKind type = DemoCampaignKind::Webinar;
    int startDay = 0; ///< days after the start of the 12 weeks
    /// Webinar title, asset title, landing page or booth visit, by kind.
    std::string_view detail;
    /// How often it is a lead's source campaign (0: never, e.g. e-mail nurture).
    quint32 sourceWeight = 0;
    std::span<const std::string_view> subjects; ///< e-mail campaigns: the subjects sent
};

/// The demo campaigns: webinars, whitepapers, paid search and social, events, e-mail nurture
/// and content syndication, started over the 12 weeks.
class DemoCampaigns {
public:
    static std::span<const DemoCampaignSpec> all();
    /// A webinar goes live this many days after its campaign starts (registrations open).
    static constexpr int webinarLiveAfterDays = 10;
    /// …at this hour (UTC).
    static constexpr int webinarLiveHour = 16;
};

} // namespace baton
