#pragma once

#include "sla/WeeklyHours.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace baton {

/// A team's working time: a time zone, weekly hours in local time, and holidays (local dates on
/// which nobody works). Business time counts only the open hours. Each local day's hours are
/// turned into instants in the zone, so a day on which the clocks change has the length it has
/// (23 or 25 hours for a team that works all day), and a window never shifts by an hour across
/// a change. Each date's openings are worked out once and remembered (a time zone lookup costs
/// more than the rest of the arithmetic), so one calendar is not for several threads at once.
class BusinessCalendar {
public:
    BusinessCalendar();
    BusinessCalendar(const QTimeZone &zone, WeeklyHours hours, std::set<QDate> holidays = {});

    const QTimeZone &zone() const { return m_zone; }
    const WeeklyHours &hours() const { return m_hours; }
    const std::set<QDate> &holidays() const { return m_holidays; }

    /// The instant `minutes` business minutes after `start`; a start outside the hours counts
    /// from the next opening. Invalid when the calendar has no hours at all.
    QDateTime addBusinessMinutes(const QDateTime &start, qint64 minutes) const;
    /// Business seconds in [from, to); 0 when to is not after from.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    /// The same for instants in seconds since the epoch, without building QDateTimes: for passes
    /// over many clocks.
    qint64 businessSecondsBetween(qint64 from, qint64 to) const;
    bool isOpen(const QDateTime &at) const;
    /// The open intervals of a local date as UTC instants in seconds; none on a holiday.
    /// Valid until the next call: the remembered dates are forgotten when there are many.
    const std::vector<std::pair<qint64, qint64>> &openingsOn(const QDate &localDate) const;

private:
    QTimeZone m_zone;
    WeeklyHours m_hours;
    std::set<QDate> m_holidays;
    /// The local date of an instant, from the zone's offset remembered per quarter hour.
    QDate localDateOf(qint64 seconds) const;

    mutable std::unordered_map<qint64, std::vector<std::pair<qint64, qint64>>> m_openings; ///< by Julian day
    mutable std::unordered_map<qint64, int> m_offsets; ///< seconds from UTC, by quarter hour since the epoch
};

} // namespace baton
