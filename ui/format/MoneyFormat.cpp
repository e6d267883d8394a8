#include "format/MoneyFormat.h"

#include <QLocale>

namespace baton {

QString MoneyFormat::fromCents(qint64 cents)
{
    return currencySymbol() + QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2);
}

QString MoneyFormat::compact(qint64 units)
{
    const QLocale locale;
    const auto scaled = [&](double divisor, const QString &suffix) {
        const double value = static_cast<double>(units) / divisor;
        return currencySymbol() + locale.toString(value, 'f', value < 10 ? 1 : 0) + suffix;
    };
    if (units >= 1'000'000'000)
        return scaled(1e9, QStringLiteral("B"));
    if (units >= 1'000'000)
        return scaled(1e6, QStringLiteral("M"));
    if (units >= 1'000)
        return scaled(1e3, QStringLiteral("K"));
    return currencySymbol() + locale.toString(units);
}

} // namespace baton
