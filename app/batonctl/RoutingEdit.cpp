#include "RoutingEdit.h"

#include "RoutingSetup.h"
#include "RoutingText.h"

#include <algorithm>

namespace baton::cli {
namespace {

template<typename T, typename Key>
T *findBy(std::vector<T> &items, const QString &name, Key key)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const T &item) {
        return QString::compare(item.*key, name, Qt::CaseInsensitive) == 0;
    });
    return found == items.end() ? nullptr : &*found;
}

QString capText(const std::optional<int> &cap)
{
    return cap ? QString::number(*cap) : QStringLiteral("none");
}

QString poolText(const QString &pool, const char *none)
{
    return pool.isEmpty() ? QString::fromLatin1(none) : RoutingText::quoted(pool);
}

/// "what old -> new" when they differ.
template<typename T>
void note(QStringList &changes, const QString &what, const T &before, const T &after,
          const QString &beforeText, const QString &afterText)
{
    if (before != after)
        changes << QStringLiteral("%1: %2 -> %3").arg(what, beforeText, afterText);
}

} // namespace

Result<QStringList> RoutingEdit::applyTo(RoutingConfig &config) const
{
    RoutingConfig edited = config;
    QStringList changes;
    if (team)
        applyTeam(*team, edited, changes);
    if (pool)
        BATON_TRY(applyPool(*pool, edited, changes));
    if (person)
        applyPerson(*person, edited, changes);
    if (fallbackPool) {
        note(changes, QStringLiteral("Fallback pool"), edited.fallbackPool, *fallbackPool,
             poolText(edited.fallbackPool, "none"), poolText(*fallbackPool, "none"));
        edited.fallbackPool = *fallbackPool;
    }
    config = std::move(edited);
    return changes;
}

void RoutingEdit::applyTeam(const TeamChange &change, RoutingConfig &config, QStringList &changes)
{
    TeamSettings *team = findBy(config.teams, change.team, &TeamSettings::team);
    if (!team) {
        config.teams.push_back(TeamSettings{change.team});
        team = &config.teams.back();
        changes << QStringLiteral("Added team %1 (%2, %3; %4)")
                       .arg(RoutingText::quoted(team->team), team->timeZone, team->hours.toText(),
                            RoutingSetup::escalationText(team->escalation));
    }
    const QString name = QStringLiteral("Team ") + RoutingText::quoted(team->team);
    if (change.timeZone) {
        note(changes, name + QStringLiteral(" time zone"), team->timeZone, *change.timeZone, team->timeZone,
             *change.timeZone);
        team->timeZone = *change.timeZone;
    }
    if (change.hours) {
        note(changes, name + QStringLiteral(" hours"), team->hours, *change.hours, team->hours.toText(),
             change.hours->toText());
        team->hours = *change.hours;
    }
    for (const QDate &day : change.addHolidays) {
        if (team->holidays.insert(day).second)
            changes << QStringLiteral("%1: holiday %2 added").arg(name, day.toString(Qt::ISODate));
    }
    for (const QDate &day : change.removeHolidays) {
        if (team->holidays.erase(day) > 0)
            changes << QStringLiteral("%1: holiday %2 removed").arg(name, day.toString(Qt::ISODate));
    }
    EscalationPolicy &policy = team->escalation;
    if (change.warnBeforeMinutes) {
        note(changes, name + QStringLiteral(" warn before"), policy.warnBeforeMinutes,
             *change.warnBeforeMinutes, QStringLiteral("%1 min").arg(policy.warnBeforeMinutes),
             QStringLiteral("%1 min").arg(*change.warnBeforeMinutes));
        policy.warnBeforeMinutes = *change.warnBeforeMinutes;
    }
    if (change.reassignAfterMinutes) {
        note(changes, name + QStringLiteral(" reassign after"), policy.reassignAfterMinutes,
             *change.reassignAfterMinutes, QStringLiteral("%1 min").arg(policy.reassignAfterMinutes),
             QStringLiteral("%1 min").arg(*change.reassignAfterMinutes));
        policy.reassignAfterMinutes = *change.reassignAfterMinutes;
    }
    if (change.reassignPool) {
        note(changes, name + QStringLiteral(" reassign pool"), policy.reassignPool, *change.reassignPool,
             poolText(policy.reassignPool, "the fallback pool"),
             poolText(*change.reassignPool, "the fallback pool"));
        policy.reassignPool = *change.reassignPool;
    }
}

Result<void> RoutingEdit::applyPool(const PoolChange &change, RoutingConfig &config, QStringList &changes)
{
    RoutingPool *pool = findBy(config.pools, change.pool, &RoutingPool::name);
    if (change.remove) {
        if (!pool)
            return makeError(
                ErrorKind::NotFound,
                QStringLiteral("--delete-pool: there is no pool %1.").arg(RoutingText::quoted(change.pool)));
        changes << QStringLiteral("Deleted pool %1").arg(RoutingText::quoted(pool->name));
        config.pools.erase(config.pools.begin() + (pool - config.pools.data()));
        return {};
    }
    if (!pool) {
        config.pools.push_back(RoutingPool{change.pool, {}});
        pool = &config.pools.back();
        changes << QStringLiteral("Added pool %1").arg(RoutingText::quoted(pool->name));
    }
    const QString name = QStringLiteral("Pool ") + RoutingText::quoted(pool->name);
    for (const QString &login : change.removeMembers) {
        PoolMember *member = findBy(pool->members, login, &PoolMember::login);
        if (!member)
            return makeError(ErrorKind::NotFound, QStringLiteral("--remove-member %1: %1 is not in pool %2.")
                                                      .arg(login, RoutingText::quoted(pool->name)));
        changes << QStringLiteral("%1: removed %2").arg(name, member->login);
        pool->members.erase(pool->members.begin() + (member - pool->members.data()));
    }
    for (const QString &login : change.members) {
        PoolMember *member = findBy(pool->members, login, &PoolMember::login);
        if (!member) {
            pool->members.push_back(PoolMember{login});
            member = &pool->members.back();
            if (change.weight)
                member->weight = *change.weight;
            if (change.dailyCap)
                member->dailyCap = *change.dailyCap;
            if (change.openCap)
                member->openCap = *change.openCap;
            changes << QStringLiteral("%1: added %2 (weight %3, daily cap %4, open cap %5)")
                           .arg(name, login)
                           .arg(member->weight)
                           .arg(capText(member->dailyCap), capText(member->openCap));
            continue;
        }
        const QString who = QStringLiteral("%1, %2").arg(name, member->login);
        if (change.weight) {
            note(changes, who + QStringLiteral(" weight"), member->weight, *change.weight,
                 QString::number(member->weight), QString::number(*change.weight));
            member->weight = *change.weight;
        }
        if (change.dailyCap) {
            note(changes, who + QStringLiteral(" daily cap"), member->dailyCap, *change.dailyCap,
                 capText(member->dailyCap), capText(*change.dailyCap));
            member->dailyCap = *change.dailyCap;
        }
        if (change.openCap) {
            note(changes, who + QStringLiteral(" open cap"), member->openCap, *change.openCap,
                 capText(member->openCap), capText(*change.openCap));
            member->openCap = *change.openCap;
        }
    }
    return {};
}

void RoutingEdit::applyPerson(const PersonChange &change, RoutingConfig &config, QStringList &changes)
{
    PersonAvailability *person = findBy(config.people, change.login, &PersonAvailability::login);
    if (!person) {
        config.people.push_back(PersonAvailability{change.login});
        person = &config.people.back();
        changes << QStringLiteral("Added availability of %1 (the team's zone and hours)").arg(person->login);
    }
    const QString name = person->login;
    const auto zoneText = [](const QString &zone) {
        return zone.isEmpty() ? QStringLiteral("the team's") : zone;
    };
    const auto hoursText = [](const std::optional<WeeklyHours> &hours) {
        return hours ? hours->toText() : QStringLiteral("the team's");
    };
    if (change.timeZone) {
        note(changes, name + QStringLiteral(" time zone"), person->timeZone, *change.timeZone,
             zoneText(person->timeZone), zoneText(*change.timeZone));
        person->timeZone = *change.timeZone;
    }
    if (change.hours) {
        note(changes, name + QStringLiteral(" hours"), person->hours, *change.hours, hoursText(person->hours),
             hoursText(*change.hours));
        person->hours = *change.hours;
    }
    if (change.back && !person->outOfOffice.empty()) {
        changes << QStringLiteral("%1 is back: absences %2 cleared")
                       .arg(name, RoutingSetup::absencesText(person->outOfOffice));
        person->outOfOffice.clear();
    }
    for (const Absence &absence : change.away) {
        if (std::find(person->outOfOffice.begin(), person->outOfOffice.end(), absence) !=
            person->outOfOffice.end())
            continue;
        person->outOfOffice.push_back(absence);
        changes << QStringLiteral("%1 away %2").arg(name, RoutingSetup::absencesText({absence}));
    }
}

} // namespace baton::cli
