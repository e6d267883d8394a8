#include "storage/LeadRepository.h"

#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

TEST(LeadRepository, InsertAndFind_RoundTripsEveryField)
{
    test::TestFile file;
    const auto team = test::addTeam(file.db());
    LeadRepository leads(file.db());
    Lead lead;
    lead.person = Person{QStringLiteral("Zoë Ångström"), QStringLiteral("zoe@nordlys.no"),
                         QStringLiteral("+47 22 00 00 00"), QStringLiteral("Head of Revenue Operations"),
                         QStringLiteral("director")};
    lead.company = Company{QStringLiteral("Nordlys AS"),
                           QStringLiteral("nordlys.no"),
                           QStringLiteral("Energy"),
                           1200,
                           350'000'000,
                           QStringLiteral("NO"),
                           QStringLiteral("EMEA")};
    lead.campaignId = team.webinar;
    lead.createdAt = test::referenceTime();
    lead.stage = Stage::Nurture;
    auto id = leads.insert(lead);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    const Lead stored = *leads.find(*id);
    EXPECT_EQ(stored.person.name, lead.person.name);
    EXPECT_EQ(stored.person.email, lead.person.email);
    EXPECT_EQ(stored.person.phone, lead.person.phone);
    EXPECT_EQ(stored.person.title, lead.person.title);
    EXPECT_EQ(stored.person.seniority, lead.person.seniority);
    EXPECT_EQ(stored.company.name, lead.company.name);
    EXPECT_EQ(stored.company.domain, lead.company.domain);
    EXPECT_EQ(stored.company.industry, lead.company.industry);
    EXPECT_EQ(stored.company.employees, 1200);
    EXPECT_EQ(stored.company.annualRevenue, 350'000'000);
    EXPECT_EQ(stored.company.country, QStringLiteral("NO"));
    EXPECT_EQ(stored.company.region, QStringLiteral("EMEA"));
    EXPECT_EQ(stored.campaignId, team.webinar);
    EXPECT_EQ(stored.createdAt, lead.createdAt);
    EXPECT_EQ(stored.stage, Stage::Nurture);
    EXPECT_FALSE(stored.ownerId.has_value());
    EXPECT_FALSE(stored.handoffAt.has_value());
    EXPECT_EQ(stored.version, 1);

    const auto history = *leads.history(*id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_FALSE(history[0].from.has_value());
    EXPECT_EQ(history[0].to, Stage::Nurture);
}

TEST(LeadRepository, Card_GathersLeadOwnerCampaignStoryAndHistory)
{
    test::TestFile file;
    const auto team = test::addTeam(file.db());
    const qint64 id = test::addLead(file.db(), test::LeadSpec{.name = QStringLiteral("Priya Shah"),
                                                              .stage = Stage::Mql,
                                                              .ownerId = team.sdr,
                                                              .campaignId = team.webinar});
    LeadRepository leads(file.db());
    const QDateTime t = test::referenceTime().addDays(-2);
    for (int visit = 0; visit < 3; ++visit)
        ASSERT_TRUE(
            leads
                .insertEvent(
                    {0, id, EventType::PageView, t.addSecs(visit * 3600), QStringLiteral("/pricing"), {}})
                .ok());
    ASSERT_TRUE(leads
                    .insertEvent({0, id, EventType::WebinarQuestion, t,
                                  QStringLiteral("Can we import from Marketo?"), team.webinar})
                    .ok());

    auto card = leads.card(id);
    ASSERT_TRUE(card.ok()) << card.error().message.toStdString();
    EXPECT_EQ(card->lead.person.name, QStringLiteral("Priya Shah"));
    ASSERT_TRUE(card->owner.has_value());
    EXPECT_EQ(card->owner->login, QStringLiteral("sam.sdr"));
    ASSERT_TRUE(card->campaign.has_value());
    EXPECT_EQ(card->campaign->name, QStringLiteral("Q3 Pipeline Webinar"));
    ASSERT_EQ(card->story.pages().size(), 1u);
    EXPECT_EQ(card->story.pages()[0].count, 3);
    ASSERT_EQ(card->story.moments().size(), 1u);
    EXPECT_EQ(card->story.moments()[0].detail, QStringLiteral("Can we import from Marketo?"));
    EXPECT_EQ(card->story.moments()[0].campaign, QStringLiteral("Q3 Pipeline Webinar"));
    EXPECT_EQ(card->history.size(), 2u);
    EXPECT_TRUE(card->activities.empty());
    EXPECT_FALSE(card->opportunity.has_value());
}

TEST(LeadRepository, Card_UnknownLead_NotFound)
{
    test::TestFile file;
    auto card = LeadRepository(file.db()).card(77);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().kind, ErrorKind::NotFound);
}

TEST(LeadRepository, ApplyStageChange_StaleVersion_Conflict)
{
    test::TestFile file;
    const auto team = test::addTeam(file.db());
    const qint64 id = test::addLead(file.db(), test::LeadSpec{.stage = Stage::Mql, .ownerId = team.sdr});
    LeadRepository leads(file.db());
    StageChange change;
    change.leadId = id;
    change.from = Stage::Mql;
    change.to = Stage::Sal;
    change.changedAt = test::referenceTime();
    auto applied = leads.applyStageChange(change, 1);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(leads.find(id)->stage, Stage::Mql);
}

TEST(LeadRepository, List_FiltersByStageAndOwner)
{
    test::TestFile file;
    const auto team = test::addTeam(file.db());
    test::addLead(file.db(),
                  test::LeadSpec{.name = QStringLiteral("A One"), .stage = Stage::Mql, .ownerId = team.sdr});
    test::addLead(file.db(),
                  test::LeadSpec{.name = QStringLiteral("B Two"), .stage = Stage::Sal, .ownerId = team.sdr});
    test::addLead(
        file.db(),
        test::LeadSpec{.name = QStringLiteral("C Three"), .stage = Stage::Mql, .ownerId = team.otherSdr});
    LeadRepository leads(file.db());
    EXPECT_EQ(leads.list(Stage::Mql, std::nullopt, 100)->size(), 2u);
    EXPECT_EQ(leads.list(std::nullopt, team.sdr, 100)->size(), 2u);
    const auto both = *leads.list(Stage::Mql, team.otherSdr, 100);
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].person.name, QStringLiteral("C Three"));
}
