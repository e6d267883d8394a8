#include "routing/RoutingConfigParser.h"

#include "routing/RoutingConfigJson.h"

#include <QTimeZone>

namespace baton {
namespace {

QString itemName(const QJsonValue &item, const char *key)
{
    return item.toObject().value(QLatin1String(key)).toString();
}

} // namespace

void RoutingConfigParser::unique(QStringList &seen, const QString &key, const QString &what,
                                 const QString &place)
{
    if (m_reader.failed())
        return;
    if (seen.contains(key, Qt::CaseInsensitive))
        m_reader.fail(
            place, QStringLiteral("duplicate %1 %2; each must be unique").arg(what, JsonReader::quoted(key)));
    seen.append(key);
}

RoutingConfig RoutingConfigParser::parse(const QJsonObject &root)
{
    m_reader.checkKeys(root, {}, {"format", "teams", "people", "pools", "rules", "fallbackPool", "accounts"});
    const auto format = m_reader.integer(root, {}, "format", false);
    if (format && *format != RoutingConfigJson::formatVersion)
        m_reader.fail({}, QStringLiteral("format %1 is not supported; this Baton reads format %2")
                              .arg(*format)
                              .arg(RoutingConfigJson::formatVersion));
    RoutingConfig config;
    QStringList seen;
    const QJsonArray teams = m_reader.array(root, {}, "teams");
    for (qsizetype i = 0; i < teams.size() && !m_reader.failed(); ++i) {
        const QString place = JsonReader::itemPlace(QStringLiteral("teams"), i, itemName(teams[i], "team"));
        config.teams.push_back(team(m_reader.object(teams[i], place), place));
        unique(seen, config.teams.back().team, QStringLiteral("team"), place);
    }
    seen.clear();
    const QJsonArray people = m_reader.array(root, {}, "people");
    for (qsizetype i = 0; i < people.size() && !m_reader.failed(); ++i) {
        const QString place =
            JsonReader::itemPlace(QStringLiteral("people"), i, itemName(people[i], "login"));
        config.people.push_back(person(m_reader.object(people[i], place), place));
        unique(seen, config.people.back().login, QStringLiteral("person"), place);
    }
    seen.clear();
    const QJsonArray pools = m_reader.array(root, {}, "pools");
    for (qsizetype i = 0; i < pools.size() && !m_reader.failed(); ++i) {
        const QString place = JsonReader::itemPlace(QStringLiteral("pools"), i, itemName(pools[i], "name"));
        config.pools.push_back(pool(m_reader.object(pools[i], place), place));
        unique(seen, config.pools.back().name, QStringLiteral("pool"), place);
    }
    seen.clear();
    const QJsonArray rules = m_reader.array(root, {}, "rules");
    for (qsizetype i = 0; i < rules.size() && !m_reader.failed(); ++i) {
        const QString place = JsonReader::itemPlace(QStringLiteral("rules"), i, itemName(rules[i], "name"));
        config.rules.push_back(rule(m_reader.object(rules[i], place), place));
        unique(seen, config.rules.back().name, QStringLiteral("rule"), place);
    }
    config.fallbackPool = m_reader.optionalString(root, {}, "fallbackPool").trimmed();
    seen.clear();
    const QJsonArray accounts = m_reader.array(root, {}, "accounts");
    for (qsizetype i = 0; i < accounts.size() && !m_reader.failed(); ++i) {
        const QString place =
            JsonReader::itemPlace(QStringLiteral("accounts"), i, itemName(accounts[i], "domain"));
        const QJsonObject object = m_reader.object(accounts[i], place);
        m_reader.checkKeys(object, place, {"domain", "login"});
        AccountOwner account{m_reader.requiredText(object, place, "domain").toLower(),
                             m_reader.requiredText(object, place, "login")};
        unique(seen, account.domain, QStringLiteral("account domain"), place);
        config.accounts.push_back(account);
    }
    return config;
}

QString RoutingConfigParser::timeZone(const QJsonObject &object, const QString &place, bool required)
{
    QString zone = required ? m_reader.requiredText(object, place, "timeZone")
                            : m_reader.optionalString(object, place, "timeZone").trimmed();
    if (!m_reader.failed() && !zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        m_reader.fail(place, QStringLiteral("\"timeZone\" %1 is not a time zone; use a name such as "
                                            "Europe/London or America/New_York")
                                 .arg(JsonReader::quoted(zone)));
    return zone;
}

std::optional<int> RoutingConfigParser::bounded(const QJsonObject &object, const QString &place,
                                                const QString &key, int min, int max, bool required)
{
    const auto value = m_reader.smallInteger(object, place, key, required);
    if (value && (*value < min || *value > max)) {
        m_reader.fail(place, QStringLiteral("%1 must be between %2 and %3, not %4")
                                 .arg(JsonReader::quoted(key))
                                 .arg(min)
                                 .arg(max)
                                 .arg(*value));
        return std::nullopt;
    }
    return value;
}

QDate RoutingConfigParser::date(const QString &text, const QString &place, const QString &key)
{
    const QDate parsed = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!m_reader.failed() && !parsed.isValid())
        m_reader.fail(place, QStringLiteral("%1 %2 is not a date (YYYY-MM-DD)")
                                 .arg(JsonReader::quoted(key), JsonReader::quoted(text)));
    return parsed;
}

WeeklyHours RoutingConfigParser::hours(const QJsonObject &object, const QString &place)
{
    WeeklyHours hours;
    QStringList keys;
    for (int day = 0; day < 7; ++day)
        keys.append(WeeklyHours::dayKey(day));
    m_reader.checkKeys(object, place, keys);
    for (int day = 0; day < 7 && !m_reader.failed(); ++day) {
        const QString key = WeeklyHours::dayKey(day);
        int lastEnd = -1;
        for (const QString &text : m_reader.strings(object, place, key)) {
            const auto interval = WeeklyHours::parseInterval(text);
            if (!interval) {
                m_reader.fail(place, QStringLiteral("%1: %2 is not a time range such as \"09:00-17:30\"")
                                         .arg(JsonReader::quoted(key), JsonReader::quoted(text)));
                break;
            }
            if (interval->startMinute < lastEnd) {
                m_reader.fail(place, QStringLiteral("%1: the ranges must be in order and not overlap")
                                         .arg(JsonReader::quoted(key)));
                break;
            }
            lastEnd = interval->endMinute;
            hours.days[static_cast<size_t>(day)].push_back(*interval);
        }
    }
    return hours;
}

TeamSettings RoutingConfigParser::team(const QJsonObject &object, const QString &place)
{
    m_reader.checkKeys(object, place, {"team", "timeZone", "hours", "holidays", "escalation"});
    TeamSettings team;
    team.team = m_reader.requiredText(object, place, "team");
    team.timeZone = timeZone(object, place, true);
    if (object.contains("hours"))
        team.hours = hours(m_reader.object(object.value("hours"), place + QStringLiteral(": hours")),
                           place + QStringLiteral(": hours"));
    for (const QString &text : m_reader.strings(object, place, "holidays"))
        team.holidays.insert(date(text, place, QStringLiteral("holidays")));
    if (object.contains("escalation")) {
        const QString at = place + QStringLiteral(": escalation");
        const QJsonObject escalation = m_reader.object(object.value("escalation"), at);
        m_reader.checkKeys(escalation, at, {"warnBeforeMinutes", "reassignAfterMinutes", "reassignPool"});
        team.escalation.warnBeforeMinutes = bounded(escalation, at, "warnBeforeMinutes", 0, 10'080, false)
                                                .value_or(team.escalation.warnBeforeMinutes);
        team.escalation.reassignAfterMinutes =
            bounded(escalation, at, "reassignAfterMinutes", 0, 10'080, false)
                .value_or(team.escalation.reassignAfterMinutes);
        team.escalation.reassignPool = m_reader.optionalString(escalation, at, "reassignPool").trimmed();
    }
    return team;
}

PersonAvailability RoutingConfigParser::person(const QJsonObject &object, const QString &place)
{
    m_reader.checkKeys(object, place, {"login", "timeZone", "hours", "outOfOffice"});
    PersonAvailability person;
    person.login = m_reader.requiredText(object, place, "login");
    person.timeZone = timeZone(object, place, false);
    if (object.contains("hours"))
        person.hours = hours(m_reader.object(object.value("hours"), place + QStringLiteral(": hours")),
                             place + QStringLiteral(": hours"));
    const QJsonArray away = m_reader.array(object, place, "outOfOffice");
    for (qsizetype i = 0; i < away.size() && !m_reader.failed(); ++i) {
        const QString at = QStringLiteral("%1: outOfOffice[%2]").arg(place).arg(i);
        const QJsonObject range = m_reader.object(away[i], at);
        m_reader.checkKeys(range, at, {"from", "to"});
        Absence absence{date(m_reader.string(range, at, "from"), at, QStringLiteral("from")),
                        date(m_reader.string(range, at, "to"), at, QStringLiteral("to"))};
        if (!m_reader.failed() && absence.to < absence.from)
            m_reader.fail(at, QStringLiteral("\"to\" is before \"from\""));
        person.outOfOffice.push_back(absence);
    }
    return person;
}

RoutingPool RoutingConfigParser::pool(const QJsonObject &object, const QString &place)
{
    m_reader.checkKeys(object, place, {"name", "members"});
    RoutingPool pool;
    pool.name = m_reader.requiredText(object, place, "name");
    QStringList seen;
    const QJsonArray members = m_reader.array(object, place, "members");
    for (qsizetype i = 0; i < members.size() && !m_reader.failed(); ++i) {
        const QString at = QStringLiteral("%1: members[%2]").arg(place).arg(i);
        const QJsonObject item = m_reader.object(members[i], at);
        m_reader.checkKeys(item, at, {"login", "weight", "dailyCap", "openCap"});
        PoolMember member;
        member.login = m_reader.requiredText(item, at, "login");
        member.weight = bounded(item, at, "weight", 1, 100, false).value_or(1);
        member.dailyCap = bounded(item, at, "dailyCap", 0, 100'000, false);
        member.openCap = bounded(item, at, "openCap", 0, 1'000'000, false);
        unique(seen, member.login, QStringLiteral("member"), at);
        pool.members.push_back(member);
    }
    return pool;
}

RoutingCondition RoutingConfigParser::condition(const QJsonObject &object, const QString &place)
{
    m_reader.checkKeys(object, place,
                       {"countries", "regions", "industries", "sizeBands", "segments", "campaigns", "tiers",
                        "minScore", "maxScore"});
    RoutingCondition when;
    when.countries = m_reader.strings(object, place, "countries");
    when.regions = m_reader.strings(object, place, "regions");
    when.industries = m_reader.strings(object, place, "industries");
    when.sizeBands = m_reader.strings(object, place, "sizeBands");
    when.segments = m_reader.strings(object, place, "segments");
    when.campaigns = m_reader.strings(object, place, "campaigns");
    when.tiers = m_reader.strings(object, place, "tiers");
    for (const QString &band : when.sizeBands) {
        if (!m_reader.failed() && !RoutingCondition::allSizeBands().contains(band))
            m_reader.fail(place, QStringLiteral("\"sizeBands\": %1 is not a size band; use %2")
                                     .arg(JsonReader::quoted(band),
                                          RoutingCondition::allSizeBands().join(QStringLiteral(", "))));
    }
    for (const QString &segment : when.segments) {
        if (!m_reader.failed() && !RoutingCondition::allSegments().contains(segment))
            m_reader.fail(place, QStringLiteral("\"segments\": %1 is not a segment; use %2")
                                     .arg(JsonReader::quoted(segment),
                                          RoutingCondition::allSegments().join(QStringLiteral(", "))));
    }
    when.minScore = m_reader.smallInteger(object, place, "minScore", false);
    when.maxScore = m_reader.smallInteger(object, place, "maxScore", false);
    if (!m_reader.failed() && when.minScore && when.maxScore && *when.maxScore < *when.minScore)
        m_reader.fail(place, QStringLiteral("\"maxScore\" is below \"minScore\""));
    return when;
}

RoutingRule RoutingConfigParser::rule(const QJsonObject &object, const QString &place)
{
    m_reader.checkKeys(object, place, {"name", "when", "assign"});
    RoutingRule rule;
    rule.name = m_reader.requiredText(object, place, "name");
    if (object.contains("when"))
        rule.when = condition(m_reader.object(object.value("when"), place + QStringLiteral(": when")),
                              place + QStringLiteral(": when"));
    const QString at = place + QStringLiteral(": assign");
    if (!m_reader.failed() && !object.contains("assign")) {
        m_reader.fail(place, QStringLiteral("\"assign\" is missing: a person, a pool or the account owner"));
        return rule;
    }
    const QJsonObject assign = m_reader.object(object.value("assign"), at);
    m_reader.checkKeys(assign, at, {"person", "pool", "accountOwner"});
    if (m_reader.failed())
        return rule;
    if (assign.size() != 1) {
        m_reader.fail(at, QStringLiteral("give exactly one of \"person\", \"pool\" or \"accountOwner\""));
    } else if (assign.contains("person")) {
        rule.action = RoutingAction{RoutingAction::Kind::Person, m_reader.requiredText(assign, at, "person")};
    } else if (assign.contains("pool")) {
        rule.action = RoutingAction{RoutingAction::Kind::Pool, m_reader.requiredText(assign, at, "pool")};
    } else if (m_reader.boolean(assign, at, "accountOwner", false)) {
        rule.action = RoutingAction{RoutingAction::Kind::AccountOwner, {}};
    } else {
        m_reader.fail(at, QStringLiteral("\"accountOwner\" must be true"));
    }
    return rule;
}

} // namespace baton
