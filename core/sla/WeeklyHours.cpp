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

namespace {

std::optional<int> dayIndex(const QString &key)
{
    for (int day = 0; day < 7; ++day) {
        if (key == WeeklyHours::dayKey(day))
            return day;
    }
    return std::nullopt;
}

/// "mon-fri", "sat", "mon,wed,fri" → the days; empty for anything else.
std::vector<int> parseDays(const QString &text)
{
    std::vector<int> days;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.split(QLatin1Char('-'));
        const auto first = dayIndex(ends.value(0));
        const auto last = ends.size() == 2 ? dayIndex(ends[1]) : first;
        if (!first || !last || ends.size() > 2 || *last < *first)
            return {};
        for (int day = *first; day <= *last; ++day)
            days.push_back(day);
    }
    return days;
}

} // namespace

std::optional<WeeklyHours> WeeklyHours::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error != nullptr)
            *error = message;
        return std::optional<WeeklyHours>();
    };
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == QLatin1String("always") || trimmed == QLatin1String("24/7"))
        return allWeek();
    if (trimmed == QLatin1String("none"))
        return WeeklyHours{};
    if (trimmed.isEmpty())
        return fail(QStringLiteral("no hours given; write them as \"mon-fri 09:00-17:00\""));
    WeeklyHours hours;
    std::array<bool, 7> named{};
    for (const QString &group : trimmed.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = group.simplified().split(QLatin1Char(' '));
        const std::vector<int> days = parseDays(words.value(0));
        if (days.empty())
            return fail(QStringLiteral("\"%1\" is not a day or a range of days (mon, tue, …, sun; mon-fri)")
                            .arg(words.value(0)));
        if (words.size() < 2)
            return fail(QStringLiteral("\"%1\" has no time range, such as 09:00-17:00").arg(group.trimmed()));
        std::vector<OpeningInterval> intervals;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const auto interval = parseInterval(words[i]);
            if (!interval)
                return fail(QStringLiteral("\"%1\" is not a time range such as 09:00-17:30").arg(words[i]));
            if (!intervals.empty() && interval->startMinute < intervals.back().endMinute)
                return fail(QStringLiteral("the ranges of \"%1\" must be in order and not overlap")
                                .arg(group.trimmed()));
            intervals.push_back(*interval);
        }
        for (int day : days) {
            if (named[static_cast<size_t>(day)])
                return fail(QStringLiteral("%1 is named twice").arg(dayKey(day)));
            named[static_cast<size_t>(day)] = true;
            hours.days[static_cast<size_t>(day)] = intervals;
        }
    }
    return hours;
}

QString WeeklyHours::toText() const
{
    if (*this == allWeek())
        return QStringLiteral("always");
    if (isEmpty())
        return QStringLiteral("none");
    QStringList groups;
    int day = 0;
    while (day < 7) {
        const auto &intervals = days[static_cast<size_t>(day)];
        int last = day;
        while (last + 1 < 7 && days[static_cast<size_t>(last) + 1] == intervals)
            ++last;
        if (!intervals.empty()) {
            QStringList ranges;
            for (const OpeningInterval &interval : intervals)
                ranges << formatInterval(interval);
            const QString span = last == day ? dayKey(day) : dayKey(day) + QLatin1Char('-') + dayKey(last);
            groups << span + QLatin1Char(' ') + ranges.join(QLatin1Char(' '));
        }
        day = last + 1;
    }
    return groups.join(QStringLiteral("; "));
}

} // namespace baton
