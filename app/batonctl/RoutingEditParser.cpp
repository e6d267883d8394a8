#include "RoutingEditParser.h"

#include "CommandParser.h"
#include "RoutingEditOptions.h"
#include "RoutingValueParser.h"
#include "ValueParser.h"

namespace baton::cli {
namespace {

using Options = RoutingEditOptions;

/// Said for a person: their team's zone or hours.
const QString teamValue = QStringLiteral("team");

/// The bounds routing's file format accepts (RoutingConfigParser).
constexpr int maxMinutes = 10'080;
constexpr int maxWeight = 100;
constexpr int maxDailyCap = 100'000;
constexpr int maxOpenCap = 1'000'000;

Error invalid(const QString &message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

Result<QString> nameValue(const CommandParser &parser, const QString &option)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        return invalid(QStringLiteral("%1 needs a name.").arg(Options::dashed(option)));
    return value;
}

Result<int> number(const CommandParser &parser, const QString &option, int minimum, int maximum)
{
    auto value = ValueParser::count(parser.value(option), Options::dashed(option), minimum, maximum);
    if (!value)
        return value.error();
    return static_cast<int>(*value);
}

Result<std::vector<QDate>> dates(const CommandParser &parser, const QString &option)
{
    std::vector<QDate> days;
    for (const QString &text : parser.values(option)) {
        auto day = RoutingValueParser::date(text, Options::dashed(option));
        if (!day)
            return day.error();
        days.push_back(*day);
    }
    return days;
}

} // namespace

Result<RoutingEdit> RoutingEditParser::read(const CommandParser &parser)
{
    BATON_TRY(Options::checkCombination(parser));
    RoutingEdit edit;
    if (parser.isSet(Options::team)) {
        auto change = team(parser);
        if (!change)
            return change.error();
        edit.team = std::move(change).value();
    }
    if (parser.isSet(Options::pool)) {
        auto change = pool(parser);
        if (!change)
            return change.error();
        edit.pool = std::move(change).value();
    }
    if (parser.isSet(Options::person)) {
        auto change = person(parser);
        if (!change)
            return change.error();
        edit.person = std::move(change).value();
    }
    if (parser.isSet(Options::fallbackPool))
        edit.fallbackPool = parser.value(Options::fallbackPool).trimmed();
    return edit;
}

Result<RoutingEdit::TeamChange> RoutingEditParser::team(const CommandParser &parser)
{
    RoutingEdit::TeamChange change;
    auto name = nameValue(parser, Options::team);
    if (!name)
        return name.error();
    change.team = *name;
    if (parser.isSet(Options::timeZone)) {
        auto zone =
            RoutingValueParser::timeZone(parser.value(Options::timeZone), Options::dashed(Options::timeZone));
        if (!zone)
            return zone.error();
        change.timeZone = *zone;
    }
    if (parser.isSet(Options::hours)) {
        auto parsed =
            RoutingValueParser::hours(parser.value(Options::hours), Options::dashed(Options::hours));
        if (!parsed)
            return parsed.error();
        change.hours = *parsed;
    }
    auto added = dates(parser, Options::holiday);
    if (!added)
        return added.error();
    change.addHolidays = *added;
    auto removed = dates(parser, Options::noHoliday);
    if (!removed)
        return removed.error();
    change.removeHolidays = *removed;
    if (parser.isSet(Options::warnBefore)) {
        auto minutes = number(parser, Options::warnBefore, 0, maxMinutes);
        if (!minutes)
            return minutes.error();
        change.warnBeforeMinutes = *minutes;
    }
    if (parser.isSet(Options::reassignAfter)) {
        auto minutes = number(parser, Options::reassignAfter, 0, maxMinutes);
        if (!minutes)
            return minutes.error();
        change.reassignAfterMinutes = *minutes;
    }
    if (parser.isSet(Options::reassignPool))
        change.reassignPool = parser.value(Options::reassignPool).trimmed();
    return change;
}

Result<RoutingEdit::PoolChange> RoutingEditParser::pool(const CommandParser &parser)
{
    RoutingEdit::PoolChange change;
    auto name = nameValue(parser, Options::pool);
    if (!name)
        return name.error();
    change.pool = *name;
    change.remove = parser.isSet(Options::deletePool);
    for (const QString &option : {Options::member, Options::removeMember}) {
        for (const QString &login : parser.values(option)) {
            if (login.trimmed().isEmpty())
                return invalid(QStringLiteral("%1 needs a login.").arg(Options::dashed(option)));
            (option == Options::member ? change.members : change.removeMembers) << login.trimmed();
        }
    }
    if (parser.isSet(Options::weight)) {
        auto weight = number(parser, Options::weight, 1, maxWeight);
        if (!weight)
            return weight.error();
        change.weight = *weight;
    }
    if (parser.isSet(Options::dailyCap)) {
        auto daily = RoutingValueParser::cap(parser.value(Options::dailyCap),
                                             Options::dashed(Options::dailyCap), maxDailyCap);
        if (!daily)
            return daily.error();
        change.dailyCap = *daily;
    }
    if (parser.isSet(Options::openCap)) {
        auto open = RoutingValueParser::cap(parser.value(Options::openCap), Options::dashed(Options::openCap),
                                            maxOpenCap);
        if (!open)
            return open.error();
        change.openCap = *open;
    }
    return change;
}

Result<RoutingEdit::PersonChange> RoutingEditParser::person(const CommandParser &parser)
{
    RoutingEdit::PersonChange change;
    auto login = nameValue(parser, Options::person);
    if (!login)
        return login.error();
    change.login = *login;
    if (parser.isSet(Options::timeZone)) {
        if (parser.value(Options::timeZone).trimmed().toLower() == teamValue) {
            change.timeZone = QString();
        } else {
            auto zone = RoutingValueParser::timeZone(parser.value(Options::timeZone),
                                                     Options::dashed(Options::timeZone));
            if (!zone)
                return zone.error();
            change.timeZone = *zone;
        }
    }
    if (parser.isSet(Options::hours)) {
        if (parser.value(Options::hours).trimmed().toLower() == teamValue) {
            change.hours = std::optional<WeeklyHours>();
        } else {
            auto parsed =
                RoutingValueParser::hours(parser.value(Options::hours), Options::dashed(Options::hours));
            if (!parsed)
                return parsed.error();
            change.hours = std::optional<WeeklyHours>(*parsed);
        }
    }
    change.back = parser.isSet(Options::back);
    for (const QString &text : parser.values(Options::away)) {
        auto range = RoutingValueParser::absence(text, Options::dashed(Options::away));
        if (!range)
            return range.error();
        change.away.push_back(*range);
    }
    return change;
}

} // namespace baton::cli
