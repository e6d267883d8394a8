#include "RoutingSetupJson.h"

#include "RoutingText.h"
#include "UserDirectory.h"
#include "routing/RoutingConfigJson.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

QJsonValue optional(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nameOf(const UserDirectory &users, const QString &login)
{
    const User *user = users.findByLogin(login);
    return user ? QJsonValue(user->name) : QJsonValue(QJsonValue::Null);
}

QJsonArray teams(const RoutingSetup &setup)
{
    QJsonArray array;
    for (const TeamSettings &team : setup.config.teams) {
        QJsonArray holidays;
        for (const QDate &day : team.holidays)
            holidays.append(day.toString(Qt::ISODate));
        array.append(QJsonObject{
            {QStringLiteral("team"), team.team},
            {QStringLiteral("timeZone"), team.timeZone},
            {QStringLiteral("hours"), team.hours.toText()},
            {QStringLiteral("holidays"), holidays},
            {QStringLiteral("escalation"),
             QJsonObject{{QStringLiteral("warnBeforeMinutes"), team.escalation.warnBeforeMinutes},
                         {QStringLiteral("reassignAfterMinutes"), team.escalation.reassignAfterMinutes},
                         {QStringLiteral("reassignPool"), text(team.escalation.reassignPool)}}}});
    }
    return array;
}

QJsonArray pools(const RoutingSetup &setup, const UserDirectory &users)
{
    QJsonArray array;
    for (const RoutingPool &pool : setup.config.pools) {
        QJsonArray members;
        for (const PoolMember &member : pool.members) {
            const User *user = users.findByLogin(member.login);
            const auto open = user ? setup.openLeads.find(user->id) : setup.openLeads.end();
            members.append(
                QJsonObject{{QStringLiteral("login"), member.login},
                            {QStringLiteral("name"), nameOf(users, member.login)},
                            {QStringLiteral("weight"), member.weight},
                            {QStringLiteral("dailyCap"), optional(member.dailyCap)},
                            {QStringLiteral("openCap"), optional(member.openCap)},
                            {QStringLiteral("openLeads"), open == setup.openLeads.end() ? 0 : open->second}});
        }
        array.append(QJsonObject{{QStringLiteral("name"), pool.name}, {QStringLiteral("members"), members}});
    }
    return array;
}

QJsonArray people(const RoutingSetup &setup, const UserDirectory &users)
{
    QJsonArray array;
    for (const PersonAvailability &person : setup.config.people) {
        QJsonArray away;
        for (const Absence &absence : person.outOfOffice)
            away.append(QJsonObject{{QStringLiteral("from"), absence.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), absence.to.toString(Qt::ISODate)}});
        array.append(QJsonObject{{QStringLiteral("login"), person.login},
                                 {QStringLiteral("name"), nameOf(users, person.login)},
                                 {QStringLiteral("timeZone"), text(person.timeZone)},
                                 {QStringLiteral("hours"), person.hours ? QJsonValue(person.hours->toText())
                                                                        : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("outOfOffice"), away}});
    }
    return array;
}

QJsonArray rules(const RoutingSetup &setup)
{
    QJsonArray array;
    int position = 0;
    for (const RoutingRule &rule : setup.config.rules) {
        array.append(
            QJsonObject{{QStringLiteral("position"), ++position},
                        {QStringLiteral("name"), rule.name},
                        {QStringLiteral("when"), RoutingConfigJson::toObject(rule.when)},
                        {QStringLiteral("condition"), RoutingText::condition(rule.when)},
                        {QStringLiteral("action"),
                         QJsonObject{{QStringLiteral("kind"), RoutingAction::kindName(rule.action.kind)},
                                     {QStringLiteral("target"), text(rule.action.target)}}}});
    }
    return array;
}

} // namespace

QJsonObject RoutingSetupJson::toJson(const RoutingSetup &setup, const UserDirectory &users)
{
    QJsonArray accounts;
    for (const AccountOwner &account : setup.config.accounts)
        accounts.append(QJsonObject{{QStringLiteral("domain"), account.domain},
                                    {QStringLiteral("login"), account.login},
                                    {QStringLiteral("name"), nameOf(users, account.login)}});
    return {{QStringLiteral("version"), setup.version},
            {QStringLiteral("teams"), teams(setup)},
            {QStringLiteral("pools"), pools(setup, users)},
            {QStringLiteral("people"), people(setup, users)},
            {QStringLiteral("rules"), rules(setup)},
            {QStringLiteral("fallbackPool"), text(setup.config.fallbackPool)},
            {QStringLiteral("accounts"), accounts}};
}

} // namespace baton::cli
