#include "TextFormat.h"

#include <QLocale>

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

QString TextFormat::elide(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return text.left(width);
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace baton::cli
