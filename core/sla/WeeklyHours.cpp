#include "sla/WeeklyHours.h"

#include <QStringList>

namespace baton {
namespace {

std::optional<int> parseMinute(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].size() != 2 || parts[1].size() != 2)
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = parts[0].toInt(&hoursOk);
    const int minutes = parts[1].toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || hours > 24 || minutes < 0 || minutes > 59)
        return std::nullopt;
    if (hours == 24 && minutes != 0)
        return std::nullopt;
    return hours * 60 + minutes;
}

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool WeeklyHours::isEmpty() const
{
    for (const auto &day : days) {
        if (!day.empty())
            return false;
    }
    return true;
}

WeeklyHours WeeklyHours::officeHours()
{
    WeeklyHours hours;
    for (int day = 0; day < 5; ++day)
        hours.days[static_cast<size_t>(day)] = {OpeningInterval{9 * 60, 17 * 60}};
    return hours;
}

WeeklyHours WeeklyHours::allWeek()
{
    WeeklyHours hours;
    for (auto &day : hours.days)
        day = {OpeningInterval{0, 24 * 60}};
    return hours;
}

std::optional<OpeningInterval> WeeklyHours::parseInterval(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto start = parseMinute(parts[0]);
    const auto end = parseMinute(parts[1]);
    if (!start || !end || *start >= *end || *start >= 24 * 60)
        return std::nullopt;
    return OpeningInterval{*start, *end};
}

QString WeeklyHours::formatInterval(const OpeningInterval &interval)
{
    return formatMinute(interval.startMinute) + QLatin1Char('-') + formatMinute(interval.endMinute);
}

QString WeeklyHours::dayKey(int day)
{
    static const std::array<const char *, 7> keys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return QString::fromLatin1(keys[static_cast<size_t>(day)]);
}

} // namespace baton
