#include "metrics/ReviewWeeks.h"

namespace baton {

QDate ReviewWeeks::mondayOf(const QDateTime &at, const QTimeZone &zone)
{
    const QDate local = at.toTimeZone(zone).date();
    return local.addDays(1 - local.dayOfWeek());
}

QDateTime ReviewWeeks::start(const QDate &monday, const QTimeZone &zone)
{
    return QDateTime(monday, QTime(0, 0), zone).toUTC();
}

} // namespace baton
