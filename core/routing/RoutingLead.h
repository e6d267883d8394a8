#pragma once

#include "domain/Lead.h"

#include <QString>

#include <optional>

namespace baton {

/// A lead as routing sees it: its fields, and what is known about it at handoff.
struct RoutingLead {
    Lead lead;
    QString campaign;                     ///< the source campaign's name
    QString tier;                         ///< the SLA tier it falls in
    int totalScore = 0;                   ///< at handoff
    std::optional<qint64> accountOwnerId; ///< who owns its company already, if anyone
    std::optional<qint64> excludeUserId;  ///< not this person (a lead taken away from its owner)
};

} // namespace baton
