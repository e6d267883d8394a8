#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace baton {

/// Weeks as the joint review counts them: from Monday 00:00 in a time zone (the team's), so a
/// week across a DST change is 167 or 169 hours long.
class ReviewWeeks {
public:
    /// The Monday of the week `at` falls in, in `zone`.
    static QDate mondayOf(const QDateTime &at, const QTimeZone &zone);
    /// The Monday on or before a calendar date.
    static QDate mondayOf(const QDate &date) { return date.addDays(1 - date.dayOfWeek()); }
    static bool isMonday(const QDate &date) { return date.isValid() && date.dayOfWeek() == Qt::Monday; }
    /// Monday 00:00 of that week in `zone`, as an instant.
    static QDateTime start(const QDate &monday, const QTimeZone &zone);
};

} // namespace baton
