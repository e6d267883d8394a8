#include "RoutingValueParser.h"

#include "ValueParser.h"

#include <QStringList>
#include <QTimeZone>

namespace baton::cli {
namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

} // namespace

Result<QString> RoutingValueParser::timeZone(const QString &text, const QString &option)
{
    const QString zone = text.trimmed();
    if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
        return invalid(QStringLiteral("%1 '%2' is not a time zone; use a name such as Europe/London, "
                                      "America/New_York or UTC.")
                           .arg(option, text));
    return zone;
}

Result<WeeklyHours> RoutingValueParser::hours(const QString &text, const QString &option)
{
    QString problem;
    const auto parsed = WeeklyHours::parse(text, &problem);
    if (!parsed)
        return invalid(QStringLiteral("%1 '%2': %3. Write hours as \"mon-fri 09:00-17:00; sat 10:00-14:00\", "
                                      "\"always\" or \"none\".")
                           .arg(option, text, problem));
    return *parsed;
}

Result<std::optional<int>> RoutingValueParser::cap(const QString &text, const QString &option, int maximum)
{
    if (text.trimmed().toLower() == QLatin1String("none"))
        return std::optional<int>();
    auto value = ValueParser::count(text.trimmed(), option, 0, maximum);
    if (!value)
        return invalid(QStringLiteral("%1 needs a whole number from 0 to %2, or none, not '%3'.")
                           .arg(option)
                           .arg(maximum)
                           .arg(text));
    return std::optional<int>(static_cast<int>(*value));
}

Result<QDate> RoutingValueParser::date(const QString &text, const QString &option)
{
    auto parsed = ValueParser::date(text);
    if (!parsed)
        return invalid(option + QStringLiteral(": ") + parsed.error().message);
    return *parsed;
}

Result<Absence> RoutingValueParser::absence(const QString &text, const QString &option)
{
    const QStringList ends = text.split(QStringLiteral(".."));
    if (ends.size() > 2)
        return invalid(
            QStringLiteral("%1 '%2' is not a range of dates: use FROM..TO, e.g. 2026-03-09..2026-03-13.")
                .arg(option, text));
    auto from = date(ends.first(), option);
    if (!from)
        return from.error();
    auto to = date(ends.last(), option);
    if (!to)
        return to.error();
    if (*to < *from)
        return invalid(QStringLiteral("%1 %2: the last day is before the first.").arg(option, text));
    return Absence{*from, *to};
}

} // namespace baton::cli
