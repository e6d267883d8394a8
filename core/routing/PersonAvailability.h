#pragma once

#include "sla/WeeklyHours.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// Dates someone is away, both included.
struct Absence {
    QDate from;
    QDate to;

    bool operator==(const Absence &) const = default;
};

/// When one person takes leads: their working hours in their own time zone, and the dates they
/// are out of office. What is not given comes from their team.
struct PersonAvailability {
    QString login;
    QString timeZone;                 ///< IANA name; empty: the team's
    std::optional<WeeklyHours> hours; ///< none: the team's
    std::vector<Absence> outOfOffice;

    bool operator==(const PersonAvailability &) const = default;
};

} // namespace baton
