#pragma once

#include "routing/RoutingAction.h"
#include "routing/RoutingCondition.h"

#include <QString>

#include <optional>

namespace baton {

/// A routing rule's condition and action as people type them in a table:
/// "regions: EMEA, APAC; sizeBands: enterprise; minScore: 80" (the JSON keys; empty: every lead)
/// and "pool: EMEA SDRs", "person: maya.patel" or "account owner".
class RoutingRuleText {
public:
    static QString condition(const RoutingCondition &when);
    static std::optional<RoutingCondition> parseCondition(const QString &text, QString *error = nullptr);
    static QString action(const RoutingAction &action);
    static std::optional<RoutingAction> parseAction(const QString &text, QString *error = nullptr);
};

} // namespace baton
