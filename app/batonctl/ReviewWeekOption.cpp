#include "ReviewWeekOption.h"

#include "CommandParser.h"
#include "RoutingValueParser.h"
#include "common/Clock.h"
#include "metrics/ReviewWeeks.h"
#include "services/RoutingService.h"

#include <QTimeZone>

#include <set>

namespace baton::cli {
namespace {

const QString weekOption = QStringLiteral("week");
const QString zoneOption = QStringLiteral("zone");

/// The sales teams' one time zone, or UTC.
Result<QTimeZone> teamZone(Database &db, const Clock &clock)
{
    auto loaded = RoutingService(db, clock).load();
    if (!loaded)
        return loaded.error();
    std::set<QString> zones;
    for (const TeamSettings &team : loaded->config.teams)
        zones.insert(team.timeZone);
    if (zones.size() == 1)
        return QTimeZone(zones.begin()->toUtf8());
    return QTimeZone::utc();
}

} // namespace

void ReviewWeekOption::add(CommandParser &parser, bool required)
{
    if (required) {
        parser.addOption(QCommandLineOption(
            weekOption, QStringLiteral("The week (required): its Monday or any day in it, YYYY-MM-DD."),
            QStringLiteral("DATE")));
        return;
    }
    parser.addOption(QCommandLineOption(
        weekOption, QStringLiteral("The week: its Monday or any day in it, YYYY-MM-DD. Default: this week."),
        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(
        zoneOption,
        QStringLiteral("The time zone \"this week\" is counted in, e.g. Europe/London. Default: the sales "
                       "teams' (UTC when they have several)."),
        QStringLiteral("ZONE")));
}

Result<void> ReviewWeekOption::check(const CommandParser &parser, bool required)
{
    if (required && !parser.isSet(weekOption)) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1 needs --week DATE: the Monday of the review's week (or any day "
                                        "in it), e.g. --week 2026-03-02.")
                             .arg(parser.command()));
    }
    if (parser.isSet(weekOption)) {
        auto date = RoutingValueParser::date(parser.value(weekOption), QStringLiteral("--week"));
        if (!date)
            return date.error();
    }
    if (!required && parser.isSet(zoneOption)) {
        auto zone = RoutingValueParser::timeZone(parser.value(zoneOption), QStringLiteral("--zone"));
        if (!zone)
            return zone.error();
    }
    return {};
}

Result<QDate> ReviewWeekOption::resolve(const CommandParser &parser, Database &db, const Clock &clock)
{
    if (parser.isSet(weekOption)) {
        auto date = RoutingValueParser::date(parser.value(weekOption), QStringLiteral("--week"));
        if (!date)
            return date.error();
        return ReviewWeeks::mondayOf(*date);
    }
    auto weekZone = zone(parser, db, clock);
    if (!weekZone)
        return weekZone.error();
    return ReviewWeeks::mondayOf(clock.now(), *weekZone);
}

Result<QTimeZone> ReviewWeekOption::zone(const CommandParser &parser, Database &db, const Clock &clock)
{
    if (parser.isSet(zoneOption))
        return QTimeZone(parser.value(zoneOption).trimmed().toUtf8());
    return teamZone(db, clock);
}

QString ReviewWeekOption::text(const QDate &monday)
{
    return QStringLiteral("the week of Monday %1").arg(monday.toString(Qt::ISODate));
}

} // namespace baton::cli
