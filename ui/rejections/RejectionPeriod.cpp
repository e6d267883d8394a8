#include "rejections/RejectionPeriod.h"

#include <algorithm>

namespace baton {
namespace {

QDateTime midnight(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

RejectionPeriod RejectionPeriod::around(Kind kind, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDate monday = mondayOf(today);
    const QDate quarter = quarterStart(today);
    RejectionPeriod period;
    period.kind = kind;
    switch (kind) {
    case Kind::ThisWeek:
        period.from = midnight(monday, zone);
        period.to = midnight(monday.addDays(7), zone);
        break;
    case Kind::LastFourWeeks:
        period.from = midnight(monday.addDays(-21), zone);
        period.to = midnight(monday.addDays(7), zone);
        break;
    case Kind::ThisQuarter:
        period.from = midnight(quarter, zone);
        period.to = midnight(quarter.addMonths(3), zone);
        break;
    case Kind::LastQuarter:
        period.from = midnight(quarter.addMonths(-3), zone);
        period.to = midnight(quarter, zone);
        break;
    }
    return period;
}

QString RejectionPeriod::label(Kind kind)
{
    switch (kind) {
    case Kind::ThisWeek:
        return tr("This week");
    case Kind::LastFourWeeks:
        return tr("Last 4 weeks");
    case Kind::ThisQuarter:
        return tr("This quarter");
    case Kind::LastQuarter:
        return tr("Last quarter");
    }
    return {};
}

double RejectionPeriod::elapsedWeeks(const QDateTime &now) const
{
    constexpr double secondsPerWeek = 7 * 24 * 3600.0;
    constexpr qint64 secondsPerDay = 24 * 3600;
    const qint64 seconds = from.secsTo(std::min(now, to));
    return static_cast<double>(std::max(seconds, secondsPerDay)) / secondsPerWeek;
}

} // namespace baton
