#pragma once

#include <QString>

namespace baton {

/// Where a routing rule sends the leads it matches.
struct RoutingAction {
    enum class Kind {
        Person,       ///< a named person (target: login)
        Pool,         ///< a pool, worked round robin by weight (target: pool name)
        AccountOwner, ///< whoever already owns the lead's company; no target
    };
    Kind kind = Kind::Pool;
    QString target;

    bool operator==(const RoutingAction &) const = default;

    static QString kindName(Kind kind); ///< "person", "pool", "account_owner"
};

} // namespace baton
