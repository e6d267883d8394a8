#include "RoutingSetupText.h"

#include "RoutingText.h"
#include "TextTable.h"
#include "UserDirectory.h"

#include <QStringList>

namespace baton::cli {
namespace {

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString nameOf(const UserDirectory &users, const QString &login)
{
    const User *user = users.findByLogin(login);
    return user ? user->name : QStringLiteral("(no such user)");
}

} // namespace

void RoutingSetupText::write(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users)
{
    if (setup.version == 0)
        out << "No routing configuration is stored yet: every lead waits unassigned unless handed over "
               "to someone,\nand every clock runs in UTC, mon-fri 09:00-17:00. Set it up with `team set` "
               "or `routing import`.\n";
    else
        out << "Routing configuration version " << setup.version << "\n";
    writeTeams(out, setup);
    writePools(out, setup, users);
    writePeople(out, setup, users);
    writeRules(out, setup, users);
    out << "\nFallback pool: "
        << (setup.config.fallbackPool.isEmpty() ? QStringLiteral("none")
                                                : RoutingText::quoted(setup.config.fallbackPool))
        << "\n";
    if (setup.config.accounts.empty()) {
        out << "Named accounts: none\n";
        return;
    }
    out << "\nNamed accounts:\n";
    for (const AccountOwner &account : setup.config.accounts)
        out << "  " << account.domain << " -> " << users.describeLogin(account.login) << "\n";
}

void RoutingSetupText::writeTeams(QTextStream &out, const RoutingSetup &setup)
{
    if (setup.config.teams.empty()) {
        out << "\nTeams: none (their clocks run in UTC, mon-fri 09:00-17:00)\n";
        return;
    }
    out << "\nTeams:\n";
    for (const TeamSettings &team : setup.config.teams) {
        QStringList holidays;
        for (const QDate &day : team.holidays)
            holidays << day.toString(Qt::ISODate);
        out << "  " << team.team << "\n";
        out << "    Time zone:   " << team.timeZone << "\n";
        out << "    Hours:       " << team.hours.toText() << "\n";
        out << "    Holidays:    "
            << (holidays.isEmpty() ? QStringLiteral("none") : holidays.join(QStringLiteral(", "))) << "\n";
        out << "    Escalation:  " << RoutingSetup::escalationText(team.escalation) << "\n";
    }
}

void RoutingSetupText::writePools(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users)
{
    if (setup.config.pools.empty()) {
        out << "\nPools: none\n";
        return;
    }
    for (const RoutingPool &pool : setup.config.pools) {
        out << "\nPool " << RoutingText::quoted(pool.name) << ":";
        if (pool.members.empty()) {
            out << " no members\n";
            continue;
        }
        out << "\n";
        TextTable table({{QStringLiteral("Login")},
                         {QStringLiteral("Name")},
                         {QStringLiteral("Weight"), TextTable::Align::Right},
                         {QStringLiteral("Daily cap"), TextTable::Align::Right},
                         {QStringLiteral("Open cap"), TextTable::Align::Right},
                         {QStringLiteral("Open now"), TextTable::Align::Right}});
        for (const PoolMember &member : pool.members) {
            const User *user = users.findByLogin(member.login);
            const auto open = user ? setup.openLeads.find(user->id) : setup.openLeads.end();
            table.addRow({member.login, nameOf(users, member.login), QString::number(member.weight),
                          optionalNumber(member.dailyCap), optionalNumber(member.openCap),
                          QString::number(open == setup.openLeads.end() ? 0 : open->second)});
        }
        table.write(out);
    }
}

void RoutingSetupText::writePeople(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users)
{
    if (setup.config.people.empty()) {
        out << "\nPeople: everyone works their team's hours\n";
        return;
    }
    out << "\nPeople:\n";
    TextTable table({{QStringLiteral("Login")},
                     {QStringLiteral("Name")},
                     {QStringLiteral("Time zone")},
                     {QStringLiteral("Hours"), TextTable::Align::Left, 50},
                     {QStringLiteral("Out of office"), TextTable::Align::Left, 60}});
    for (const PersonAvailability &person : setup.config.people) {
        table.addRow({person.login, nameOf(users, person.login),
                      person.timeZone.isEmpty() ? QStringLiteral("team's") : person.timeZone,
                      person.hours ? person.hours->toText() : QStringLiteral("team's"),
                      RoutingSetup::absencesText(person.outOfOffice)});
    }
    table.write(out);
}

void RoutingSetupText::writeRules(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users)
{
    if (setup.config.rules.empty()) {
        out << "\nRules: none (every lead goes to the fallback pool)\n";
        return;
    }
    out << "\nRules, in order:\n";
    int position = 0;
    for (const RoutingRule &rule : setup.config.rules) {
        QString action = RoutingText::action(rule.action);
        if (rule.action.kind == RoutingAction::Kind::Person)
            action = QStringLiteral("to ") + users.describeLogin(rule.action.target);
        out << "  " << ++position << ". " << RoutingText::quoted(rule.name) << ": "
            << RoutingText::condition(rule.when) << " -> " << action << "\n";
    }
}

} // namespace baton::cli
