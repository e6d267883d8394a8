#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace baton {

/// The joint review's weeks start on Monday 00:00 in the team's time zone; a week is named by
/// that Monday's date.
class MeetingWeek {
public:
    /// The Monday of the week `at` falls in, as the clock on the wall in `zone` shows it.
    static QDate mondayOf(const QDateTime &at, const QTimeZone &zone);
    /// The Monday of the week the calendar date falls in.
    static QDate mondayOf(const QDate &date);
    static bool isMonday(const QDate &date) { return date.isValid() && date.dayOfWeek() == Qt::Monday; }
};

} // namespace baton
