#include "sla/BusinessCalendar.h"

#include <algorithm>

namespace baton {
namespace {

/// How far ahead a search for open time goes before it gives up: a calendar whose weeks are
/// all holidays would otherwise never end.
constexpr int maxDaysAhead = 3 * 366;

qint64 instant(const QDate &date, int minute, const QTimeZone &zone)
{
    const QDate day = minute >= 24 * 60 ? date.addDays(1) : date;
    const QTime time = minute >= 24 * 60 ? QTime(0, 0) : QTime(minute / 60, minute % 60);
    return QDateTime(day, time, zone).toSecsSinceEpoch();
}

} // namespace

BusinessCalendar::BusinessCalendar()
    : m_zone(QTimeZone::utc())
    , m_hours(WeeklyHours::officeHours())
{}

BusinessCalendar::BusinessCalendar(const QTimeZone &zone, WeeklyHours hours, std::set<QDate> holidays)
    : m_zone(zone)
    , m_hours(std::move(hours))
    , m_holidays(std::move(holidays))
{}

std::vector<std::pair<qint64, qint64>> BusinessCalendar::openingsOn(const QDate &localDate) const
{
    if (const auto known = m_openings.find(localDate.toJulianDay()); known != m_openings.end())
        return known->second;
    if (m_openings.size() > 4096)
        m_openings.clear();
    std::vector<std::pair<qint64, qint64>> &openings = m_openings[localDate.toJulianDay()];
    if (m_holidays.contains(localDate))
        return openings;
    const auto &day = m_hours.days[static_cast<size_t>(localDate.dayOfWeek() - 1)];
    for (const OpeningInterval &interval : day) {
        const qint64 start = instant(localDate, interval.startMinute, m_zone);
        const qint64 end = instant(localDate, interval.endMinute, m_zone);
        if (end > start)
            openings.emplace_back(start, end);
    }
    return openings;
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &start, qint64 minutes) const
{
    if (m_hours.isEmpty() || !start.isValid())
        return {};
    const qint64 cursor = start.toSecsSinceEpoch();
    qint64 remaining = std::max<qint64>(0, minutes) * 60;
    // The day before too: its last interval may run past local midnight into `start`.
    QDate date = start.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i < maxDaysAhead; ++i, date = date.addDays(1)) {
        for (const auto &[open, close] : openingsOn(date)) {
            if (close <= cursor)
                continue;
            const qint64 from = std::max(open, cursor);
            if (remaining <= close - from)
                return QDateTime::fromSecsSinceEpoch(from + remaining, QTimeZone::utc());
            remaining -= close - from;
        }
    }
    return {};
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 begin = from.toSecsSinceEpoch();
    const qint64 end = to.toSecsSinceEpoch();
    const QDate last = to.toTimeZone(m_zone).date();
    qint64 total = 0;
    for (QDate date = from.toTimeZone(m_zone).date().addDays(-1); date <= last; date = date.addDays(1)) {
        for (const auto &[open, close] : openingsOn(date))
            total += std::max<qint64>(0, std::min(close, end) - std::max(open, begin));
    }
    return total;
}

bool BusinessCalendar::isOpen(const QDateTime &at) const
{
    const qint64 secs = at.toSecsSinceEpoch();
    const QDate date = at.toTimeZone(m_zone).date();
    for (const QDate &day : {date.addDays(-1), date}) {
        for (const auto &[open, close] : openingsOn(day)) {
            if (secs >= open && secs < close)
                return true;
        }
    }
    return false;
}

} // namespace baton
