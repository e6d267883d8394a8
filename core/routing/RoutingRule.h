#pragma once

#include "routing/RoutingAction.h"
#include "routing/RoutingCondition.h"

#include <QString>

namespace baton {

/// One routing rule: rules are tried in order, and the first whose condition the lead meets,
/// and whose action finds someone who can take it, decides.
struct RoutingRule {
    QString name;
    RoutingCondition when;
    RoutingAction action;

    bool operator==(const RoutingRule &) const = default;
};

} // namespace baton
