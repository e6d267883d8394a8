#pragma once

#include <array>
#include <string_view>

namespace baton {

/// The sales regions of the demo data, as stored in leads.region.
enum class DemoRegion { NorthAmerica, Emea, Apac, Latam };

inline constexpr std::array<DemoRegion, 4> allDemoRegions{DemoRegion::NorthAmerica, DemoRegion::Emea,
                                                          DemoRegion::Apac, DemoRegion::Latam};

constexpr std::string_view demoRegionName(DemoRegion region)
{
    switch (region) {
    case DemoRegion::NorthAmerica:
        return "NA";
    case DemoRegion::Emea:
        return "EMEA";
    case DemoRegion::Apac:
        return "APAC";
    case DemoRegion::Latam:
        return "LATAM";
    }
    return "NA";
}

} // namespace baton
