#include "demo/DemoRouting.h"

#include "demo/DemoContext.h"
#include "demo/DemoTeam.h"
#include "routing/RoutingConfigJson.h"
#include "storage/RoutingRepository.h"
#include "storage/Time.h"

namespace baton {
namespace {

QString poolName(DemoRegion region)
{
    switch (region) {
    case DemoRegion::NorthAmerica:
        return QStringLiteral("North America SDRs");
    case DemoRegion::Emea:
        return QStringLiteral("EMEA SDRs");
    case DemoRegion::Apac:
        return QStringLiteral("APAC SDRs");
    case DemoRegion::Latam:
        return QStringLiteral("Latin America SDRs");
    }
    return {};
}

TeamSettings team(const char *name, const char *zone, std::initializer_list<QDate> holidays,
                  const QString &pool)
{
    TeamSettings settings;
    settings.team = QString::fromLatin1(name);
    settings.timeZone = QString::fromLatin1(zone);
    settings.holidays = std::set<QDate>(holidays);
    settings.escalation = EscalationPolicy{5, 60, pool};
    return settings;
}

} // namespace

QString DemoRouting::ruleName(DemoRegion region)
{
    switch (region) {
    case DemoRegion::NorthAmerica:
        return QStringLiteral("North America");
    case DemoRegion::Emea:
        return QStringLiteral("EMEA");
    case DemoRegion::Apac:
        return QStringLiteral("APAC");
    case DemoRegion::Latam:
        return QStringLiteral("Latin America");
    }
    return {};
}

int DemoRouting::rulePosition(DemoRegion region)
{
    // After "Key accounts", in the order of allDemoRegions.
    for (size_t i = 0; i < allDemoRegions.size(); ++i) {
        if (allDemoRegions[i] == region)
            return static_cast<int>(i) + 2;
    }
    return 0;
}

RoutingConfig DemoRouting::config(const DemoContext &context)
{
    RoutingConfig config;
    config.teams = {team("North America", "America/New_York",
                         {QDate(2026, 1, 1), QDate(2026, 5, 25), QDate(2026, 7, 3), QDate(2026, 9, 7),
                          QDate(2026, 11, 26), QDate(2026, 11, 27), QDate(2026, 12, 25)},
                         poolName(DemoRegion::NorthAmerica)),
                    team("EMEA", "Europe/London",
                         {QDate(2026, 1, 1), QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 5, 4),
                          QDate(2026, 5, 25), QDate(2026, 8, 31), QDate(2026, 12, 25), QDate(2026, 12, 28)},
                         poolName(DemoRegion::Emea)),
                    team("APAC", "Asia/Singapore",
                         {QDate(2026, 1, 1), QDate(2026, 2, 17), QDate(2026, 2, 18), QDate(2026, 5, 1),
                          QDate(2026, 8, 10), QDate(2026, 11, 9), QDate(2026, 12, 25)},
                         poolName(DemoRegion::Apac))};
    RoutingPool everyone{QStringLiteral("All SDRs"), {}};
    for (DemoRegion region : allDemoRegions) {
        RoutingPool pool{poolName(region), {}};
        for (const DemoMember &member : DemoTeam::roster()) {
            if (member.role != "sdr" || member.covers != region)
                continue;
            const int weight = std::max(1, static_cast<int>(member.capacity / 10));
            const QString login =
                QString::fromUtf8(member.login.data(), static_cast<qsizetype>(member.login.size()));
            pool.members.push_back(PoolMember{login, weight, 60, 400});
            everyone.members.push_back(PoolMember{login, 1, {}, {}});
        }
        config.pools.push_back(pool);
    }
    config.pools.push_back(everyone);

    RoutingRule accounts;
    accounts.name = QStringLiteral("Key accounts");
    accounts.action = RoutingAction{RoutingAction::Kind::AccountOwner, {}};
    config.rules.push_back(accounts);
    for (DemoRegion region : allDemoRegions) {
        RoutingRule rule;
        rule.name = ruleName(region);
        const std::string_view code = demoRegionName(region);
        rule.when.regions = {QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()))};
        rule.action = RoutingAction{RoutingAction::Kind::Pool, poolName(region)};
        config.rules.push_back(rule);
    }
    config.fallbackPool = everyone.name;

    // Somebody is always away: this week, one of the EMEA team.
    const QDate today = fromStored(context.now).date();
    config.people = {PersonAvailability{
        QStringLiteral("niamh.oconnor"), {}, {}, {Absence{today.addDays(-2), today.addDays(4)}}}};
    return config;
}

Result<void> DemoRouting::write(Database &db, const DemoContext &context)
{
    RoutingRepository routing(db);
    auto stored = routing.config();
    if (!stored)
        return stored.error();
    if (*stored)
        return {};
    auto saved = routing.saveConfig(RoutingConfigJson::toJson(config(context)), 0, fromStored(context.now),
                                    std::nullopt);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace baton
