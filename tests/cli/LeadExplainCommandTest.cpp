#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "ScopedEnvironment.h"
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

// addLead makes a VP at a 250-person Software firm in the US (NA) with 40M revenue, so under
// Definition::defaults() its fit is: Target industry 20 + Mid-market size 20 + Revenue over 20M 10
// + Served regions 10 + Decision-maker seniority 15 + Revenue-team title ("VP Marketing") 10 = 85.
// The events below happen at "now" (no decay): two pricing page views (2 x 10 = 20, under the cap
// of 30) and one download (8): engagement 28, two short of the MQL rule's 30.
class LeadExplainCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        team = addTeam(file.db());
        lead = addLead(file.db(), LeadSpecBuilder(QStringLiteral("Jane Doe"))
                                      .title(QStringLiteral("VP Marketing"))
                                      .stage(Stage::Nurture)
                                      .campaign(team.webinar)
                                      .spec());
        addEvent(EventType::PageView, QStringLiteral("/pricing"));
        addEvent(EventType::PageView, QStringLiteral("/pricing/enterprise"));
        addEvent(EventType::ContentDownload, QStringLiteral("State of RevOps 2026"));
    }

    void addEvent(EventType type, const QString &detail)
    {
        auto transaction = Transaction::begin(file.db());
        ASSERT_TRUE(transaction.ok());
        EngagementEvent event;
        event.leadId = lead;
        event.type = type;
        event.occurredAt = referenceTime();
        event.detail = detail;
        event.campaignId = team.webinar;
        ASSERT_TRUE(LeadRepository(file.db()).insertEvent(event).ok());
        ASSERT_TRUE(transaction->commit().ok());
    }

    CliOutput explain(const QStringList &args)
    {
        return CliRunner::onFile(file.path(),
                                 QStringList{QStringLiteral("lead"), QStringLiteral("explain")} + args);
    }

    ScopedEnvironment now{"BATON_NOW", "2026-03-10T10:00:00Z"};
    TestFile file;
    baton::test::Team team;
    qint64 lead = 0;
};

TEST_F(LeadExplainCommandTest, Explain_Text_NamesRulesWithTheirPoints)
{
    const CliOutput result = explain({QString::number(lead)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const char *expected :
         {"Jane Doe", "stage nurture", "the built-in default definition (version 0)", "Fit: 85 points",
          "Target industry", "Visited the pricing page", "Downloaded content",
          "Engagement at 2026-03-10 10:00: 28", "Total: 113 points", "fit >= 50 and engagement >= 30",
          "Not met now", "Needs 2 more engagement points",
          "Context package: 85% complete, missing buying_signal"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(expected))) << expected << "\n"
                                                                  << result.out.toStdString();
    }
    EXPECT_TRUE(result.out.contains(QStringLiteral("20.0 -> 20.0"))) << result.out.toStdString();
}

TEST_F(LeadExplainCommandTest, Explain_DemoRequest_CrossesByFastTrackWithItsSignal)
{
    addEvent(EventType::DemoRequest, QStringLiteral("Demo form"));
    const CliOutput result = explain({QString::number(lead)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const char *expected :
         {"Met now", "First crossed 2026-03-10 10:00 by fast track",
          "Buying signal: demo_request at 2026-03-10 10:00: Demo form", "Context package: 100% complete"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(expected))) << expected << "\n"
                                                                  << result.out.toStdString();
    }
}

TEST_F(LeadExplainCommandTest, Explain_Json_FieldsParse)
{
    const CliOutput result = explain({QString::number(lead), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject root = result.json().object();
    EXPECT_EQ(root.value(QStringLiteral("id")).toInteger(), lead);
    EXPECT_EQ(root.value(QStringLiteral("stage")).toString(), QStringLiteral("nurture"));
    EXPECT_EQ(root.value(QStringLiteral("definitionVersion")).toInt(), 0);
    EXPECT_EQ(root[QStringLiteral("fit")][QStringLiteral("points")].toInt(), 85);
    EXPECT_EQ(root[QStringLiteral("engagement")][QStringLiteral("points")].toInt(), 28);
    EXPECT_EQ(root.value(QStringLiteral("total")).toInt(), 113);

    const QJsonArray rules = root[QStringLiteral("engagement")][QStringLiteral("rules")].toArray();
    ASSERT_FALSE(rules.isEmpty());
    const QJsonObject pricing = rules.at(0).toObject();
    EXPECT_EQ(pricing.value(QStringLiteral("id")).toString(), QStringLiteral("pricing_page"));
    EXPECT_EQ(pricing.value(QStringLiteral("eventsMatched")).toInt(), 2);
    EXPECT_DOUBLE_EQ(pricing.value(QStringLiteral("points")).toDouble(), 20.0);
    EXPECT_FALSE(pricing.value(QStringLiteral("capped")).toBool());

    const QJsonObject mql = root.value(QStringLiteral("mql")).toObject();
    EXPECT_FALSE(mql.value(QStringLiteral("met")).toBool());
    EXPECT_EQ(mql.value(QStringLiteral("engagementNeeded")).toInt(), 2);
    EXPECT_TRUE(mql.value(QStringLiteral("firstCrossing")).isNull());
    EXPECT_EQ(root[QStringLiteral("context")][QStringLiteral("percent")].toInt(), 85);
}

TEST_F(LeadExplainCommandTest, Explain_UnknownLead_FailsWithExitOne)
{
    const CliOutput result = explain({QStringLiteral("9999")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(result.err.isEmpty());
}

TEST_F(LeadExplainCommandTest, Explain_BadId_FailsWithExitTwo)
{
    EXPECT_EQ(explain({QStringLiteral("abc")}).exitCode, 2);
}

TEST_F(LeadExplainCommandTest, Explain_Help_DescribesTheCommand)
{
    const CliOutput result = explain({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("lead explain"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("--json")));
}

} // namespace
} // namespace baton::cli::test
