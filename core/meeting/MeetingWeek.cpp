#include "meeting/MeetingWeek.h"

namespace baton {

QDate MeetingWeek::mondayOf(const QDateTime &at, const QTimeZone &zone)
{
    return mondayOf(at.toTimeZone(zone).date());
}

QDate MeetingWeek::mondayOf(const QDate &date)
{
    return date.addDays(Qt::Monday - date.dayOfWeek());
}

} // namespace baton
