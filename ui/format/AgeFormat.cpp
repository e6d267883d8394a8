#include "format/AgeFormat.h"

#include <QLocale>

namespace baton {

QString AgeFormat::relative(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (seconds < minute)
        return tr("just now");
    if (seconds < hour)
        return tr("%1 min ago").arg(seconds / minute);
    if (seconds < day)
        return tr("%1 h ago").arg(seconds / hour);
    const qint64 days = seconds / day;
    if (days < 14)
        return tr("%1 d ago").arg(days);
    if (days < 60)
        return tr("%1 w ago").arg(days / 7);
    if (days < 730)
        return tr("%1 mo ago").arg(days / 30);
    return tr("%1 y ago").arg(days / 365);
}

QString AgeFormat::full(const QDateTime &then)
{
    if (!then.isValid())
        return {};
    return QLocale().toString(then.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace baton
