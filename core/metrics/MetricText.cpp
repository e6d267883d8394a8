#include "metrics/MetricText.h"

#include "metrics/MetricUnit.h"

#include <cmath>
#include <cstdlib>

namespace baton {

QString MetricText::value(MetricKey key, double value)
{
    switch (metricUnit(key)) {
    case MetricUnit::Rate:
        return rate(value);
    case MetricUnit::Duration:
        return duration(std::llround(value));
    case MetricUnit::Count:
    case MetricUnit::NotANumber:
        break;
    }
    return count(std::llround(value));
}

QString MetricText::rate(double share)
{
    const double percent = share * 100.0;
    return QString::number(percent, 'f', percent > 0.0 && percent < 10.0 ? 1 : 0) + QLatin1Char('%');
}

QString MetricText::duration(qint64 seconds)
{
    const qint64 minutes = std::llabs(seconds) / 60;
    if (minutes < 1)
        return QStringLiteral("< 1 min");
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(hours)
                                 : QStringLiteral("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    const qint64 days = hours / 24;
    return hours % 24 == 0 ? QStringLiteral("%1 d").arg(days)
                           : QStringLiteral("%1 d %2 h").arg(days).arg(hours % 24);
}

QString MetricText::count(qint64 count)
{
    return QString::number(count);
}

QString MetricText::bound(MetricKey key, bool atLeast, double target)
{
    return (atLeast ? QStringLiteral("\u2265 ") : QStringLiteral("\u2264 ")) + value(key, target);
}

} // namespace baton
