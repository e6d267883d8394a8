#include "review/ReviewText.h"

#include "metrics/MetricText.h"
#include "metrics/MetricUnit.h"
#include "rejections/InboxText.h"

#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace baton {
namespace {

const QString minus = QStringLiteral("\u2212");

ReviewTrend trendOf(double delta, bool lowerIsBetter)
{
    if (delta == 0.0)
        return ReviewTrend::Same;
    return (delta < 0.0) == lowerIsBetter ? ReviewTrend::Better : ReviewTrend::Worse;
}

} // namespace

QString ReviewText::rate(const std::optional<double> &share)
{
    return share ? InboxText::percent(*share) : QStringLiteral("\u2014");
}

QString ReviewText::duration(const std::optional<qint64> &seconds)
{
    return seconds ? MetricText::duration(*seconds) : QStringLiteral("\u2014");
}

QString ReviewText::value(MetricKey key, double value)
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
    return InboxText::number(std::llround(value));
}

QString ReviewText::week(const QDate &monday, int thisYear)
{
    return QLocale().toString(monday, monday.year() == thisYear ? QStringLiteral("d MMM")
                                                                : QStringLiteral("d MMM yyyy"));
}

ReviewChange ReviewText::rateChange(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return {};
    const double points = std::round((*now - *before) * 1000.0) / 10.0;
    return {InboxText::points(points), trendOf(points, false)};
}

ReviewChange ReviewText::countChange(int now, int before, bool lowerIsBetter)
{
    const int delta = now - before;
    const QString magnitude = InboxText::number(std::abs(delta));
    const QString text =
        delta > 0 ? QStringLiteral("+") + magnitude : (delta < 0 ? minus + magnitude : tr("no change"));
    return {text, trendOf(delta, lowerIsBetter)};
}

ReviewChange ReviewText::durationChange(const std::optional<qint64> &now, const std::optional<qint64> &before)
{
    if (!now || !before)
        return {};
    const qint64 delta = (*now - *before) / 60 * 60; // whole minutes: seconds are noise here
    if (delta == 0)
        return {tr("no change"), ReviewTrend::Same};
    return {(delta > 0 ? QStringLiteral("+") : minus) + duration(std::llabs(delta)),
            trendOf(static_cast<double>(delta), true)};
}

} // namespace baton
