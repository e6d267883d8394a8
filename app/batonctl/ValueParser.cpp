#include "ValueParser.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace baton::cli {
namespace {

Error invalid(QString message)
{
    return makeError(ErrorKind::InvalidInput, std::move(message));
}

} // namespace

Result<qint64> ValueParser::leadId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.startsWith(QLatin1Char('+')))
        return invalid(QStringLiteral("'%1' is not a lead id: give the number `lead list` shows.").arg(text));
    return id;
}

Result<qint64> ValueParser::reviewId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.startsWith(QLatin1Char('+'))) {
        return invalid(
            QStringLiteral("'%1' is not a review id: give the number `rejections list` shows.").arg(text));
    }
    return id;
}

Result<qint64> ValueParser::count(const QString &text, const QString &what, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        return invalid(QStringLiteral("%1 needs a whole number from %2 to %3, not '%4'.")
                           .arg(what)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(text));
    }
    return value;
}

Result<quint64> ValueParser::seed(const QString &text)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        return invalid(QStringLiteral("--seed needs a whole number of 0 or more, not '%1'.").arg(text));
    return value;
}

Result<qint64> ValueParser::money(const QString &text)
{
    // Up to 13 digits of units keeps any amount far inside 64 bits of cents.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return invalid(QStringLiteral("'%1' is not an amount. Give currency units with at most two "
                                      "decimals and no separators, e.g. 12500 or 12500.50.")
                           .arg(text));
    }
    const qint64 units = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return units * 100 + fraction.toLongLong();
}

Result<Stage> ValueParser::stage(const QString &text)
{
    if (auto stage = stageFromName(text.trimmed().toLower()))
        return *stage;
    return invalid(QStringLiteral("'%1' is not a stage. Stages: %2.").arg(text, stageNames()));
}

Result<ActivityType> ValueParser::activityType(const QString &text)
{
    if (auto type = activityTypeFromName(text.trimmed().toLower()))
        return *type;
    return invalid(QStringLiteral("'%1' is not an activity type. Types: %2.").arg(text, activityTypeNames()));
}

Result<QString> ValueParser::outcome(ActivityType type, const QString &text)
{
    const QStringList outcomes = activityOutcomes(type);
    const QString wanted = text.trimmed().toLower();
    if (outcomes.contains(wanted))
        return wanted;
    return invalid(QStringLiteral("'%1' is not an outcome of a %2. Outcomes: %3.")
                       .arg(text, activityTypeName(type), outcomes.join(QStringLiteral(", "))));
}

Result<QDate> ValueParser::date(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return invalid(QStringLiteral("'%1' is not a date. Use YYYY-MM-DD, e.g. 2026-06-01.").arg(text));
    return date;
}

Result<QDateTime> ValueParser::time(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.size() > 10 && trimmed.at(10) == QLatin1Char(' '))
        trimmed[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return invalid(
            QStringLiteral(
                "'%1' is not a time. Use ISO 8601, e.g. 2026-03-10T09:00:00Z or \"2026-03-10 09:00\" (UTC).")
                .arg(text));
    }
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

Result<EventType> ValueParser::eventType(const QString &text)
{
    if (auto type = eventTypeFromName(text.trimmed()))
        return *type;
    return invalid(QStringLiteral("'%1' is not an event type. Types: %2.").arg(text, eventTypeNames()));
}

QString ValueParser::eventTypeNames()
{
    QStringList names;
    for (EventType type : allEventTypes)
        names << eventTypeName(type);
    return names.join(QStringLiteral(", "));
}

Result<Role> ValueParser::role(const QString &text)
{
    if (auto role = roleFromName(text.trimmed()))
        return *role;
    return invalid(QStringLiteral("'%1' is not a role. Roles: %2.").arg(text, roleNames()));
}

QString ValueParser::stageNames()
{
    QStringList names;
    for (Stage stage : allStages)
        names << stageName(stage);
    return names.join(QStringLiteral(", "));
}

QString ValueParser::activityTypeNames()
{
    QStringList names;
    for (ActivityType type : allActivityTypes)
        names << activityTypeName(type);
    return names.join(QStringLiteral(", "));
}

QString ValueParser::roleNames()
{
    QStringList names;
    for (Role role : allRoles)
        names << roleName(role);
    return names.join(QStringLiteral(", "));
}

} // namespace baton::cli
