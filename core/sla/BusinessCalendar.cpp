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

const std::vector<std::pair<qint64, qint64>> &BusinessCalendar::openingsOn(const QDate &localDate) const
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
    if (!from.isValid() || !to.isValid())
        return 0;
    return businessSecondsBetween(from.toSecsSinceEpoch(), to.toSecsSinceEpoch());
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 begin, qint64 end) const
{
    if (end <= begin)
        return 0;
    const QDate last = localDateOf(end);
    qint64 total = 0;
    for (QDate date = localDateOf(begin).addDays(-1); date <= last; date = date.addDays(1)) {
        for (const auto &[open, close] : openingsOn(date))
            total += std::max<qint64>(0, std::min(close, end) - std::max(open, begin));
    }
    return total;
}

QDate BusinessCalendar::localDateOf(qint64 seconds) const
{
    constexpr qint64 quarter = 15 * 60;
    const qint64 bucket = seconds >= 0 ? seconds / quarter : (seconds - quarter + 1) / quarter;
    int offset = 0;
    if (const auto known = m_offsets.find(bucket); known != m_offsets.end()) {
        offset = known->second;
    } else {
        const int start =
            m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(bucket * quarter, QTimeZone::utc()));
        const int stop = m_zone.offsetFromUtc(
            QDateTime::fromSecsSinceEpoch(bucket * quarter + quarter - 1, QTimeZone::utc()));
        if (start != stop) // a change of offset inside this quarter hour: not one to remember
            return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toTimeZone(m_zone).date();
        if (m_offsets.size() > 65536)
            m_offsets.clear();
        m_offsets.emplace(bucket, start);
        offset = start;
    }
    const qint64 local = seconds + offset;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return QDate(1970, 1, 1).addDays(days);
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
