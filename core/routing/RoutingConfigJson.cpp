#include "routing/RoutingConfigJson.h"

#include "routing/RoutingConfigParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace baton {
namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject toObject(const EscalationPolicy &policy)
{
    QJsonObject object{{"warnBeforeMinutes", policy.warnBeforeMinutes},
                       {"reassignAfterMinutes", policy.reassignAfterMinutes}};
    if (!policy.reassignPool.isEmpty())
        object.insert("reassignPool", policy.reassignPool);
    return object;
}

QJsonObject toObject(const TeamSettings &team)
{
    QJsonArray holidays;
    for (const QDate &day : team.holidays)
        holidays.append(day.toString(Qt::ISODate));
    return QJsonObject{{"team", team.team},
                       {"timeZone", team.timeZone},
                       {"hours", RoutingConfigJson::toObject(team.hours)},
                       {"holidays", holidays},
                       {"escalation", toObject(team.escalation)}};
}

QJsonObject toObject(const PersonAvailability &person)
{
    QJsonObject object{{"login", person.login}};
    if (!person.timeZone.isEmpty())
        object.insert("timeZone", person.timeZone);
    if (person.hours)
        object.insert("hours", RoutingConfigJson::toObject(*person.hours));
    QJsonArray away;
    for (const Absence &absence : person.outOfOffice)
        away.append(QJsonObject{{"from", absence.from.toString(Qt::ISODate)},
                                {"to", absence.to.toString(Qt::ISODate)}});
    object.insert("outOfOffice", away);
    return object;
}

QJsonObject toObject(const RoutingPool &pool)
{
    QJsonArray members;
    for (const PoolMember &member : pool.members) {
        QJsonObject object{{"login", member.login}, {"weight", member.weight}};
        if (member.dailyCap)
            object.insert("dailyCap", *member.dailyCap);
        if (member.openCap)
            object.insert("openCap", *member.openCap);
        members.append(object);
    }
    return QJsonObject{{"name", pool.name}, {"members", members}};
}

QJsonObject toObject(const RoutingRule &rule)
{
    QJsonObject assign;
    switch (rule.action.kind) {
    case RoutingAction::Kind::Person:
        assign.insert("person", rule.action.target);
        break;
    case RoutingAction::Kind::Pool:
        assign.insert("pool", rule.action.target);
        break;
    case RoutingAction::Kind::AccountOwner:
        assign.insert("accountOwner", true);
        break;
    }
    return QJsonObject{
        {"name", rule.name}, {"when", RoutingConfigJson::toObject(rule.when)}, {"assign", assign}};
}

} // namespace

QJsonObject RoutingConfigJson::toObject(const WeeklyHours &hours)
{
    QJsonObject object;
    for (int day = 0; day < 7; ++day) {
        QStringList intervals;
        for (const OpeningInterval &interval : hours.days[static_cast<size_t>(day)])
            intervals.append(WeeklyHours::formatInterval(interval));
        object.insert(WeeklyHours::dayKey(day), strings(intervals));
    }
    return object;
}

QJsonObject RoutingConfigJson::toObject(const RoutingCondition &when)
{
    QJsonObject object;
    const auto list = [&object](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            object.insert(QLatin1String(key), strings(values));
    };
    list("countries", when.countries);
    list("regions", when.regions);
    list("industries", when.industries);
    list("sizeBands", when.sizeBands);
    list("segments", when.segments);
    list("campaigns", when.campaigns);
    list("tiers", when.tiers);
    if (when.minScore)
        object.insert("minScore", *when.minScore);
    if (when.maxScore)
        object.insert("maxScore", *when.maxScore);
    return object;
}

QJsonObject RoutingConfigJson::toObject(const RoutingConfig &config)
{
    QJsonArray teams;
    for (const TeamSettings &team : config.teams)
        teams.append(baton::toObject(team));
    QJsonArray people;
    for (const PersonAvailability &person : config.people)
        people.append(baton::toObject(person));
    QJsonArray pools;
    for (const RoutingPool &pool : config.pools)
        pools.append(baton::toObject(pool));
    QJsonArray rules;
    for (const RoutingRule &rule : config.rules)
        rules.append(baton::toObject(rule));
    QJsonArray accounts;
    for (const AccountOwner &account : config.accounts)
        accounts.append(QJsonObject{{"domain", account.domain}, {"login", account.login}});
    return QJsonObject{{"format", formatVersion}, {"teams", teams}, {"people", people},
                       {"pools", pools},          {"rules", rules}, {"fallbackPool", config.fallbackPool},
                       {"accounts", accounts}};
}

QByteArray RoutingConfigJson::toJson(const RoutingConfig &config)
{
    return QJsonDocument(toObject(config)).toJson(QJsonDocument::Indented);
}

Result<RoutingConfig> RoutingConfigJson::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: not valid JSON at character %2: %3")
                                                      .arg(sourceName)
                                                      .arg(error.offset)
                                                      .arg(error.errorString()));
    }
    if (!document.isObject())
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1: a routing configuration is a JSON object").arg(sourceName));
    return fromObject(document.object(), sourceName);
}

Result<RoutingConfig> RoutingConfigJson::fromObject(const QJsonObject &root, const QString &sourceName)
{
    RoutingConfigParser parser(sourceName);
    RoutingConfig config = parser.parse(root);
    if (parser.failed())
        return makeError(ErrorKind::InvalidInput, parser.error());
    return config;
}

} // namespace baton
