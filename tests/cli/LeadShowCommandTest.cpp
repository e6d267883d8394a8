#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "storage/LeadRepository.h"
#include "storage/Transaction.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::addLead;
using baton::test::addTeam;
using baton::test::referenceTime;
using baton::test::TestFile;

class LeadShowCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        team = addTeam(file.db());
        lead = addLead(file.db(), LeadSpecBuilder(QStringLiteral("Jane Doe"))
                                      .company(QStringLiteral("Acme Corp"))
                                      .title(QStringLiteral("VP Marketing"))
                                      .stage(Stage::Mql)
                                      .owner(team.sdr)
                                      .campaign(team.webinar)
                                      .spec());
        auto transaction = Transaction::begin(file.db());
        ASSERT_TRUE(transaction.ok());
        LeadRepository leads(file.db());
        auto event = [&](EventType type, int hoursAgo, const QString &detail) {
            EngagementEvent e;
            e.leadId = lead;
            e.type = type;
            e.occurredAt = referenceTime().addSecs(-3600LL * hoursAgo);
            e.detail = detail;
            e.campaignId = team.webinar;
            ASSERT_TRUE(leads.insertEvent(e).ok());
        };
        event(EventType::PageView, 50, QStringLiteral("/pricing"));
        event(EventType::PageView, 30, QStringLiteral("/pricing"));
        event(EventType::PageView, 10, QStringLiteral("/pricing"));
        event(EventType::PageView, 40, QStringLiteral("/blog/handoff-sla"));
        event(EventType::ContentDownload, 20, QStringLiteral("State of RevOps 2026"));
        event(EventType::WebinarQuestion, 25, QStringLiteral("Can routing follow account ownership?"));
        ASSERT_TRUE(transaction->commit().ok());
    }

    CliOutput show(const QStringList &args)
    {
        return CliRunner::onFile(file.path(),
                                 QStringList{QStringLiteral("lead"), QStringLiteral("show")} + args);
    }

    TestFile file;
    baton::test::Team team;
    qint64 lead = 0;
};

TEST_F(LeadShowCommandTest, Show_Text_HasPersonCompanyCampaignAndHistory)
{
    const CliOutput result = show({QString::number(lead)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const char *expected : {"Jane Doe", "VP Marketing at Acme Corp", "Q3 Pipeline Webinar", "sam.sdr",
                                 "Person", "Company", "Engagement", "History (oldest first)", "Activities"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(expected))) << expected << "\n"
                                                                  << result.out.toStdString();
    }
}

TEST_F(LeadShowCommandTest, Show_Text_GroupsTheEngagementStory)
{
    const CliOutput result = show({QString::number(lead)});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("3x  /pricing"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("1x  /blog/handoff-sla")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("State of RevOps 2026")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("\"Can routing follow account ownership?\"")));
    // Most visited page first.
    EXPECT_LT(result.out.indexOf(QStringLiteral("/pricing")), result.out.indexOf(QStringLiteral("/blog/")));
}

TEST_F(LeadShowCommandTest, Show_Json_IsTheWholeCard)
{
    const CliOutput result = show({QString::number(lead), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject card = result.json().object();
    EXPECT_EQ(card.value(QStringLiteral("id")).toInteger(), lead);
    EXPECT_EQ(card.value(QStringLiteral("stage")).toString(), QStringLiteral("mql"));
    EXPECT_EQ(card[QStringLiteral("person")][QStringLiteral("name")].toString(), QStringLiteral("Jane Doe"));
    EXPECT_EQ(card[QStringLiteral("company")][QStringLiteral("name")].toString(),
              QStringLiteral("Acme Corp"));
    EXPECT_EQ(card[QStringLiteral("owner")][QStringLiteral("login")].toString(), QStringLiteral("sam.sdr"));
    EXPECT_EQ(card[QStringLiteral("campaign")][QStringLiteral("id")].toInteger(), team.webinar);

    const QJsonObject engagement = card.value(QStringLiteral("engagement")).toObject();
    EXPECT_EQ(engagement.value(QStringLiteral("totalEvents")).toInt(), 6);
    const QJsonArray pages = engagement.value(QStringLiteral("pages")).toArray();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0)[QStringLiteral("url")].toString(), QStringLiteral("/pricing"));
    EXPECT_EQ(pages.at(0)[QStringLiteral("visits")].toInt(), 3);
    EXPECT_EQ(engagement.value(QStringLiteral("moments")).toArray().size(), 2);

    const QJsonArray history = card.value(QStringLiteral("history")).toArray();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last()[QStringLiteral("to")].toString(), QStringLiteral("mql"));
    const QString at = history.last()[QStringLiteral("at")].toString();
    EXPECT_TRUE(at.endsWith(QLatin1Char('Z'))) << at.toStdString();
    EXPECT_TRUE(QDateTime::fromString(at, Qt::ISODate).isValid());
    EXPECT_TRUE(card.value(QStringLiteral("activities")).isArray());
    EXPECT_TRUE(card.value(QStringLiteral("opportunity")).isNull());
}

TEST_F(LeadShowCommandTest, Show_UnknownLead_FailsWithExitOne)
{
    const CliOutput result = show({QStringLiteral("99999")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("99999")));
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(LeadShowCommandTest, Show_IdThatIsNotANumber_IsAUsageError)
{
    for (const char *id : {"abc", "0", "12x"}) {
        const CliOutput result = show({QString::fromLatin1(id)});
        EXPECT_EQ(result.exitCode, 2) << id;
        EXPECT_TRUE(result.err.contains(QStringLiteral("not a lead id"))) << result.err.toStdString();
    }
}

TEST_F(LeadShowCommandTest, Show_WithoutId_IsAUsageError)
{
    const CliOutput result = show({});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("needs ID"))) << result.err.toStdString();
}

} // namespace
} // namespace baton::cli::test
