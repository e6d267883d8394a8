#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace baton {

/// Opening time on one day: [startMinute, endMinute) in minutes after local midnight
/// (0 … 1440; 1440 is the next midnight).
struct OpeningInterval {
    int startMinute = 0;
    int endMinute = 0;

    bool operator==(const OpeningInterval &) const = default;
};

/// When a team or a person works, weekday by weekday, in local time.
struct WeeklyHours {
    /// Monday first, as Qt::DayOfWeek - 1. Intervals in order, not overlapping.
    std::array<std::vector<OpeningInterval>, 7> days;

    bool operator==(const WeeklyHours &) const = default;

    bool isEmpty() const;
    /// Monday to Friday, 09:00 to 17:00.
    static WeeklyHours officeHours();
    /// Every day, all day.
    static WeeklyHours allWeek();

    /// "09:00-12:30" → the interval; nullopt for anything else (24:00 is allowed as an end).
    static std::optional<OpeningInterval> parseInterval(const QString &text);
    static QString formatInterval(const OpeningInterval &interval);
    /// "mon" … "sun", the keys of the JSON form.
    static QString dayKey(int day);

    /// Hours as people write them: groups of days and ranges, separated by ';', such as
    /// "mon-fri 09:00-17:00", "mon-thu 08:00-12:00 13:00-17:00; fri 08:00-14:00", "mon,wed 10:00-16:00",
    /// "always" (every day, all day) or "none". Days not named are closed. nullopt, with the
    /// problem in `error`, for anything else.
    static std::optional<WeeklyHours> parse(const QString &text, QString *error = nullptr);
    /// The same form back: "mon-fri 09:00-17:00".
    QString toText() const;
};

} // namespace baton
