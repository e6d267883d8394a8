#pragma once

#include "sla/EscalationPolicy.h"
#include "sla/WeeklyHours.h"

#include <QDate>
#include <QString>

#include <set>

namespace baton {

/// A sales team's calendar (its SLA clocks run in it) and its escalation path. A team is named
/// as its people's team is (users.team).
struct TeamSettings {
    QString team;
    QString timeZone = QStringLiteral("UTC");
    WeeklyHours hours = WeeklyHours::officeHours();
    std::set<QDate> holidays;
    EscalationPolicy escalation;

    bool operator==(const TeamSettings &) const = default;
};

} // namespace baton
