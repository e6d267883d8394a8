#include "CliRunner.h"
#include "ScopedEnvironment.h"
#include "agreement/DefinitionJson.h"
#include "common/FixedClock.h"
#include "services/AgreementService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "support/ScoringDefinition.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::referenceTime;

using baton::test::scoringDefinition;

class ScoringCommandTest : public ::testing::Test {
protected:
    ScoringCommandTest()
        : team(baton::test::addTeam(file.db()))
        , now("BATON_NOW", "2026-03-10T10:00:00Z")
        , clock(referenceTime())
    {}

    CliOutput ctl(const QString &line)
    {
        return CliRunner::onFile(file.path(), line.split(QLatin1Char(' ')));
    }

    qint64 nurtureLead()
    {
        Lead lead;
        lead.person = Person{QStringLiteral("Nina Nurture"), QStringLiteral("nina@x.test"),
                             QStringLiteral("+1 555"), QStringLiteral("VP Sales"), QStringLiteral("vp")};
        lead.company =
            Company{QStringLiteral("Acme"), QStringLiteral("acme.test"), QStringLiteral("Software"), 300, 0,
                    QStringLiteral("US"),   QStringLiteral("NA")};
        lead.createdAt = referenceTime().addDays(-30);
        return *LeadRepository(file.db()).insert(lead);
    }

    /// Drafts, proposal, and the marketing manager's signature; the sales manager signs in the test.
    int proposal(int bar)
    {
        AgreementService agreement(file.db(), clock);
        auto m =
            agreement.importDraft(DefinitionTeam::Marketing, scoringDefinition(bar), team.marketingManager);
        auto s = agreement.importDraft(DefinitionTeam::Sales, scoringDefinition(bar), team.salesManager);
        auto p = agreement.propose(m->number, s->number, std::nullopt, team.admin);
        EXPECT_TRUE(agreement.sign(p->number, team.marketingManager).ok());
        return p->number;
    }

    QString stage(qint64 lead) { return stageName(LeadRepository(file.db()).find(lead)->stage); }

    baton::test::TestFile file;
    baton::test::Team team;
    ScopedEnvironment now;
    FixedClock clock;
};

TEST_F(ScoringCommandTest, EventAdd_DemoRequest_HandsTheLeadOverAndSaysSo)
{
    const qint64 lead = nurtureLead();
    const CliOutput result = ctl(QStringLiteral("event add %1 --type demo_request --detail Book").arg(lead));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("was handed over"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("definition version 0"))) << result.out.toStdString();
    EXPECT_EQ(stage(lead), QStringLiteral("mql"));
}

TEST_F(ScoringCommandTest, EventAdd_Json_CarriesTheHandoffRecord)
{
    const int version = proposal(30);
    ASSERT_TRUE(AgreementService(file.db(), clock).sign(version, team.salesManager).ok());
    const qint64 lead = nurtureLead();
    ASSERT_EQ(
        ctl(QStringLiteral("event add %1 --type page_view --at 2026-03-10T09:00:00Z").arg(lead)).exitCode, 0);
    ASSERT_EQ(
        ctl(QStringLiteral("event add %1 --type page_view --at 2026-03-10T09:30:00Z").arg(lead)).exitCode, 0);
    const CliOutput third =
        ctl(QStringLiteral("event add %1 --type page_view --detail /pricing --json").arg(lead));
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    const QJsonObject handoff = third.json().object().value(QStringLiteral("handoff")).toObject();
    EXPECT_EQ(handoff.value(QStringLiteral("definitionVersion")).toInt(), version);
    EXPECT_EQ(handoff.value(QStringLiteral("fit")).toInt(), 60);
    EXPECT_EQ(handoff.value(QStringLiteral("engagement")).toInt(), 30);
    EXPECT_EQ(handoff.value(QStringLiteral("signalEventId")).toInteger(),
              third.json().object().value(QStringLiteral("eventId")).toInteger());
}

TEST_F(ScoringCommandTest, EventAdd_UnknownType_UsageErrorNamingTheTypes)
{
    const CliOutput result = ctl(QStringLiteral("event add 1 --type carrier_pigeon"));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("demo_request"))) << result.err.toStdString();
}

TEST_F(ScoringCommandTest, EventAdd_FutureTime_RefusedWithTheReason)
{
    const qint64 lead = nurtureLead();
    const CliOutput result =
        ctl(QStringLiteral("event add %1 --type page_view --at 2026-03-11T09:00:00Z").arg(lead));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("after now"))) << result.err.toStdString();
}

TEST_F(ScoringCommandTest, SecondSignature_ReevaluatesNurtureLeadsAtOnce)
{
    const qint64 lead = nurtureLead();
    ASSERT_EQ(
        ctl(QStringLiteral("event add %1 --type page_view --at 2026-03-10T09:00:00Z").arg(lead)).exitCode, 0);
    ASSERT_EQ(
        ctl(QStringLiteral("event add %1 --type page_view --at 2026-03-10T09:30:00Z").arg(lead)).exitCode, 0);
    ASSERT_EQ(stage(lead), QStringLiteral("nurture"));
    const int version = proposal(15);
    const CliOutput signedBoth = ctl(QStringLiteral("definition sign %1 --as sally.manager").arg(version));
    ASSERT_EQ(signedBoth.exitCode, 0) << signedBoth.err.toStdString();
    EXPECT_TRUE(signedBoth.out.contains(QStringLiteral("1 meets the MQL rule and was handed over")))
        << signedBoth.out.toStdString();
    EXPECT_EQ(stage(lead), QStringLiteral("mql"));
}

TEST_F(ScoringCommandTest, Score_WithoutAll_RunsOnceForTheEffectiveVersion)
{
    const int version = proposal(15);
    ASSERT_TRUE(AgreementService(file.db(), clock).sign(version, team.salesManager).ok());
    nurtureLead();
    const CliOutput first = ctl(QStringLiteral("score --json"));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.json().object().value(QStringLiteral("ran")).toBool());
    EXPECT_EQ(first.json().object().value(QStringLiteral("evaluated")).toInt(), 1);
    const CliOutput second = ctl(QStringLiteral("score"));
    EXPECT_TRUE(second.out.contains(QStringLiteral("Nothing to do"))) << second.out.toStdString();
    const CliOutput forced = ctl(QStringLiteral("score --all"));
    EXPECT_TRUE(forced.out.contains(QStringLiteral("Re-evaluated 1 lead"))) << forced.out.toStdString();
}

TEST_F(ScoringCommandTest, DefinitionPreview_Json_HasTheWindowAndCounts)
{
    const qint64 lead = nurtureLead();
    ASSERT_EQ(
        ctl(QStringLiteral("event add %1 --type demo_request --at 2026-03-09T09:00:00Z").arg(lead)).exitCode,
        0);
    const CliOutput result = ctl(QStringLiteral("definition preview 0 --weeks 2 --json"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject preview = result.json().object();
    EXPECT_EQ(preview.value(QStringLiteral("weeks")).toInt(), 2);
    EXPECT_EQ(preview.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-10T10:00:00Z"));
    EXPECT_EQ(preview.value(QStringLiteral("from")).toString(), QStringLiteral("2026-02-24T10:00:00Z"));
    EXPECT_EQ(preview.value(QStringLiteral("draftHandoffs")).toInt(), 1);
    EXPECT_EQ(preview.value(QStringLiteral("actualHandoffs")).toInt(),
              0); // handed over at 10:00, the window's end
}

TEST_F(ScoringCommandTest, DefinitionPreview_Text_SpeaksOfAcceptance)
{
    const CliOutput result = ctl(QStringLiteral("definition preview 0"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("over the 12 weeks"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Accepted, as they were sent")))
        << result.out.toStdString();
}

TEST_F(ScoringCommandTest, DefinitionPreview_BadWeeks_UsageError)
{
    EXPECT_EQ(ctl(QStringLiteral("definition preview 0 --weeks 0")).exitCode, 2);
}

} // namespace
} // namespace baton::cli::test
