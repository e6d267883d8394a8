#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoRegion.h"
#include "demo/DemoWeights.h"

#include <QString>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton {

/// The stored ids of the demo team, grouped for routing and for who does what.
struct DemoStaff {
    std::array<std::vector<qint64>, 4> sdrs; ///< by DemoRegion
    std::array<DemoWeights, 4> sdrWeights;   ///< their capacity, same order
    std::vector<qint64> marketingManagers;
    std::vector<qint64> salesManagers;
    std::unordered_map<qint64, std::string> names;     ///< everyone's display name, UTF-8
    std::unordered_map<qint64, DemoRegion> sdrRegions; ///< the region each SDR covers

    /// Routes a lead of a region to an SDR of that region, weighted by capacity.
    qint64 route(DemoRegion region, DemoRandom &random) const
    {
        const size_t r = static_cast<size_t>(region);
        return sdrs[r][sdrWeights[r].pick(random)];
    }
};

} // namespace baton
