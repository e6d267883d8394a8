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
    std::unordered_map<qint64, std::string> names;        ///< everyone's display name, UTF-8
    std::unordered_map<qint64, DemoRegion> sdrRegions;    ///< the region each SDR covers
    std::unordered_map<qint64, qint64> managers;          ///< each SDR's sales manager (same team)
    std::unordered_map<qint64, int> acceptsBeforeContact; ///< DemoMember::acceptsBeforeContact by SDR

    /// The sales manager of an SDR's team; any sales manager when unknown; 0 when there is none.
    qint64 managerOf(qint64 sdr) const
    {
        const auto found = managers.find(sdr);
        if (found != managers.end())
            return found->second;
        return salesManagers.empty() ? 0 : salesManagers.front();
    }

    /// Routes a lead of a region to an SDR of that region, weighted by capacity.
    qint64 route(DemoRegion region, DemoRandom &random) const
    {
        const size_t r = static_cast<size_t>(region);
        return sdrs[r][sdrWeights[r].pick(random)];
    }
};

} // namespace baton
