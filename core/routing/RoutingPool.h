#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// A person in a pool: their share of the pool's leads, and how many they may take.
struct PoolMember {
    QString login;
    int weight = 1;              ///< leads in turn, relative to the others (1 … 100)
    std::optional<int> dailyCap; ///< at most this many new leads a day (their local day)
    std::optional<int> openCap;  ///< no new lead while they hold this many open (mql or sal)

    bool operator==(const PoolMember &) const = default;
};

/// A group of people who share leads round robin, by weight.
struct RoutingPool {
    QString name;
    std::vector<PoolMember> members;

    bool operator==(const RoutingPool &) const = default;
};

} // namespace baton
