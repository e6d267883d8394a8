#pragma once

#include "routing/AccountOwner.h"
#include "routing/PersonAvailability.h"
#include "routing/RoutingPool.h"
#include "routing/RoutingRule.h"
#include "routing/TeamSettings.h"

#include <QString>

#include <vector>

namespace baton {

/// Everything routing and the SLA clocks need to know about the sales side: the teams'
/// calendars and escalation paths, people's availability, the pools, the ordered rules, the
/// fallback pool that catches the rest, and named account owners (besides those known from the
/// leads themselves). Stored as one document, edited whole or a part at a time.
struct RoutingConfig {
    std::vector<TeamSettings> teams;
    std::vector<PersonAvailability> people;
    std::vector<RoutingPool> pools;
    std::vector<RoutingRule> rules;
    QString fallbackPool;
    std::vector<AccountOwner> accounts;

    bool operator==(const RoutingConfig &) const = default;

    const TeamSettings *team(const QString &name) const;
    const RoutingPool *pool(const QString &name) const;
    const PersonAvailability *person(const QString &login) const;
};

} // namespace baton
