#include "support/TestData.h"

#include "domain/Campaign.h"
#include "domain/Lifecycle.h"
#include "domain/User.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

qint64 addUser(UserRepository &users, const char *login, const char *name, Role role, const char *team)
{
    auto id = users.insert(
        User{0, QString::fromLatin1(login), QString::fromLatin1(name), role, QString::fromLatin1(team)});
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    return id.ok() ? *id : 0;
}

qint64 addCampaign(CampaignRepository &campaigns, const char *name, const char *kind)
{
    auto id = campaigns.insert(
        Campaign{0, QString::fromLatin1(name), QString::fromLatin1(kind), QDate(2026, 1, 5)});
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    return id.ok() ? *id : 0;
}

/// The shortest path through the lifecycle from nurture to the wanted stage.
std::vector<Stage> pathTo(Stage stage)
{
    switch (stage) {
    case Stage::Nurture:
        return {};
    case Stage::Mql:
        return {Stage::Mql};
    case Stage::Sal:
        return {Stage::Mql, Stage::Sal};
    case Stage::Sql:
        return {Stage::Mql, Stage::Sal, Stage::Sql};
    case Stage::Rejected:
        return {Stage::Mql, Stage::Rejected};
    case Stage::Disqualified:
        return {Stage::Mql, Stage::Sal, Stage::Disqualified};
    case Stage::Recycled:
        return {Stage::Mql, Stage::Recycled};
    }
    return {};
}

QString reasonFor(Stage stage)
{
    switch (stage) {
    case Stage::Rejected:
        return QStringLiteral("no_authority");
    case Stage::Disqualified:
        return QStringLiteral("no_budget");
    case Stage::Recycled:
        return QStringLiteral("bad_timing");
    default:
        return {};
    }
}

} // namespace

QDateTime referenceTime()
{
    return QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());
}

Team addTeam(Database &db)
{
    UserRepository users(db);
    CampaignRepository campaigns(db);
    Team team;
    team.sdr = addUser(users, "sam.sdr", "Sam Rivera", Role::Sdr, "North America");
    team.otherSdr = addUser(users, "olive.sdr", "Olive Chen", Role::Sdr, "EMEA");
    team.salesManager = addUser(users, "sally.manager", "Sally Brooks", Role::SalesManager, "North America");
    team.marketingManager =
        addUser(users, "mark.marketing", "Mark Okafor", Role::MarketingManager, "Marketing");
    team.admin = addUser(users, "ada.admin", "Ada Lovelace", Role::Admin, "Operations");
    team.webinar = addCampaign(campaigns, "Q3 Pipeline Webinar", "webinar");
    team.whitepaper = addCampaign(campaigns, "State of RevOps Whitepaper", "whitepaper");
    return team;
}

qint64 addLead(Database &db, const LeadSpec &spec)
{
    Lead lead;
    lead.person.name = spec.name;
    lead.person.email =
        spec.email.isEmpty()
            ? spec.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.com")
            : spec.email;
    lead.person.title = spec.title;
    lead.person.seniority = QStringLiteral("vp");
    lead.person.phone = QStringLiteral("+1 415 555 0100");
    lead.company = Company{spec.company, QStringLiteral("example.com"), QStringLiteral("Software"), 250,
                           40'000'000,   QStringLiteral("US"),          QStringLiteral("NA")};
    lead.campaignId = spec.campaignId;
    lead.createdAt = referenceTime().addDays(-14);
    lead.stage = Stage::Nurture;

    LeadRepository leads(db);
    auto id = leads.insert(lead);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    if (!id)
        return 0;

    const QDateTime handoff = spec.handoffAt.isValid() ? spec.handoffAt : referenceTime().addSecs(-3600);
    Stage from = Stage::Nurture;
    qint64 version = 1;
    for (Stage to : pathTo(spec.stage)) {
        EXPECT_TRUE(Lifecycle::isAllowed(from, to));
        StageChange change;
        change.leadId = *id;
        change.from = from;
        change.to = to;
        change.changedAt = to == Stage::Mql ? handoff : handoff.addSecs(600);
        change.userId = to == Stage::Mql ? std::nullopt : spec.ownerId;
        change.reasonCode = reasonFor(to);
        auto applied = leads.applyStageChange(
            change, version, to == Stage::Mql ? spec.ownerId : std::nullopt,
            to == Stage::Mql ? std::optional<QDateTime>(handoff) : std::nullopt,
            to == Stage::Recycled ? std::optional<QDate>(referenceTime().date().addDays(90)) : std::nullopt);
        EXPECT_TRUE(applied.ok()) << (applied.ok() ? "" : applied.error().message.toStdString());
        ++version;
        from = to;
    }
    return *id;
}

Conversion qualified(qint64 valueCents, const QString &note)
{
    Conversion conversion;
    conversion.valueCents = valueCents;
    conversion.note = note;
    for (const char *item : {"budget", "authority", "need", "timeline"})
        conversion.answers.push_back(
            ChecklistAnswer{QString::fromLatin1(item), ChecklistAnswer::Value::Yes, {}});
    return conversion;
}

} // namespace baton::test
