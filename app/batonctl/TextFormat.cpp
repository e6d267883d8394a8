#include "TextFormat.h"

#include <QLocale>
#include <QStringList>

namespace baton::cli {
namespace {

const QString none = QStringLiteral("-");

} // namespace

QString TextFormat::time(const QDateTime &time)
{
    if (!time.isValid())
        return none;
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TextFormat::time(const std::optional<QDateTime> &time)
{
    return time ? TextFormat::time(*time) : none;
}

QString TextFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : none;
}

QString TextFormat::isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QString TextFormat::number(qint64 value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value);
}

QString TextFormat::money(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + number(magnitude / 100) + QLatin1Char('.') +
           QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

QString TextFormat::plainMoney(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.') +
           QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

QString TextFormat::percent(double share)
{
    return decimal(share * 100.0, 1) + QLatin1Char('%');
}

QString TextFormat::decimal(double value, int places)
{
    return QString::number(value, 'f', places);
}

QString TextFormat::points(double points)
{
    const QString number = decimal(points, 1);
    const bool zero = number == QLatin1String("0.0") || number == QLatin1String("-0.0");
    return (zero ? QStringLiteral("0.0") : (points > 0 ? QStringLiteral("+") : QString()) + number) +
           QStringLiteral(" pts");
}

QString TextFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-") + duration(-seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    QStringList parts;
    if (days > 0)
        parts << QStringLiteral("%1 d").arg(days);
    if (hours > 0)
        parts << QStringLiteral("%1 h").arg(hours);
    if (minutes > 0 || parts.isEmpty())
        parts << QStringLiteral("%1 min").arg(minutes);
    return parts.join(QLatin1Char(' '));
}

QString TextFormat::elide(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return text.left(width);
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace baton::cli
