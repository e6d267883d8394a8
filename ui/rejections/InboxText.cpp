#include "rejections/InboxText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace baton {

QString InboxText::number(qint64 value)
{
    return QLocale().toString(value);
}

QString InboxText::percent(double share)
{
    const double value = share * 100.0;
    return QLocale().toString(value, 'f', value > 0.0 && value < 10.0 ? 1 : 0) + QLatin1Char('%');
}

QString InboxText::average(double value)
{
    if (value >= 100.0)
        return QLocale().toString(std::round(value), 'f', 0);
    const double rounded = std::round(value * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString InboxText::points(double points)
{
    const double rounded = std::round(points * 10.0) / 10.0;
    const QString magnitude = QLocale().toString(std::abs(rounded), 'f', 1);
    const QString sign = rounded > 0.0
                             ? QStringLiteral("+")
                             : (rounded < 0.0 ? QStringLiteral("\u2212") : QStringLiteral("\u00b1"));
    return tr("%1%2 pts").arg(sign, magnitude);
}

QString InboxText::change(double rate, double earlier)
{
    if (earlier <= 0.0)
        return rate > 0.0 ? tr("new") : tr("no change");
    const double percent = std::round((rate - earlier) / earlier * 100.0);
    if (percent == 0.0)
        return tr("no change");
    const QString magnitude = QLocale().toString(std::abs(percent), 'f', 0);
    return (percent > 0.0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude + QLatin1Char('%');
}

QString InboxText::sparkline(const std::vector<int> &values)
{
    static const QString blocks = QStringLiteral("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588");
    const int top = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    QString line;
    line.reserve(static_cast<qsizetype>(values.size()));
    for (int value : values) {
        const qsizetype step = top <= 0 ? 0 : static_cast<qsizetype>(std::lround(7.0 * value / top));
        line += blocks.at(step);
    }
    return line;
}

QString InboxText::when(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    const bool thisYear = local.date().year() == now.toLocalTime().date().year();
    return QLocale().toString(local, thisYear ? QStringLiteral("ddd d MMM HH:mm")
                                              : QStringLiteral("d MMM yyyy HH:mm"));
}

QString InboxText::full(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace baton
