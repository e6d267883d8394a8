#pragma once

#include "domain/EventType.h"

#include <QString>

#include <optional>

namespace baton {

/// Points for engagement events of one type, decaying with age, capped per rule.
struct EngagementRule {
    QString id;   ///< stable key, e.g. "pricing_page"
    QString name; ///< "Visited the pricing page"
    EventType eventType = EventType::PageView;
    /// Empty: every event of the type. Otherwise a case-insensitive match on the event's detail:
    /// without '*' a substring ("pricing"); with '*' a glob over the whole detail ("/pricing*").
    QString detailPattern;
    double points = 0;         ///< per event, before decay
    double halfLifeDays = 0;   ///< 0: never decays; the points halve every halfLifeDays otherwise
    std::optional<double> cap; ///< at most this many (decayed) points from this rule

    bool operator==(const EngagementRule &) const = default;
};

} // namespace baton
