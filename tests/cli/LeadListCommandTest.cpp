#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::addLead;
using baton::test::addTeam;
using baton::test::TestFile;

class LeadListCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        team = addTeam(file.db());
        jane = addLead(file.db(), LeadSpecBuilder(QStringLiteral("Jane Doe"))
                                      .company(QStringLiteral("Acme Corp"))
                                      .stage(Stage::Mql)
                                      .owner(team.sdr)
                                      .campaign(team.webinar)
                                      .spec());
        omar = addLead(file.db(), LeadSpecBuilder(QStringLiteral("Omar Haddad"))
                                      .company(QStringLiteral("Globex International Holdings"))
                                      .stage(Stage::Sal)
                                      .owner(team.otherSdr)
                                      .spec());
        nia = addLead(file.db(), LeadSpecBuilder(QStringLiteral("Nia Okafor"))
                                     .company(QStringLiteral("Initech"))
                                     .stage(Stage::Nurture)
                                     .spec());
    }

    CliOutput list(const QStringList &args = {})
    {
        return CliRunner::onFile(file.path(),
                                 QStringList{QStringLiteral("lead"), QStringLiteral("list")} + args);
    }

    TestFile file;
    baton::test::Team team;
    qint64 jane = 0;
    qint64 omar = 0;
    qint64 nia = 0;
};

TEST_F(LeadListCommandTest, List_Text_ShowsEveryLeadInAlignedColumns)
{
    const CliOutput result = list();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << result.out.toStdString(); // header, rule, three leads
    for (const char *column : {"id", "name", "company", "stage", "owner", "handoff"})
        EXPECT_TRUE(lines.at(0).contains(QLatin1String(column))) << column;

    // Every row's stage starts under the "stage" header.
    const qsizetype stageColumn = lines.at(0).indexOf(QStringLiteral("stage"));
    for (const QString &line : lines.mid(2)) {
        const QString cell = line.mid(stageColumn).section(QLatin1Char(' '), 0, 0);
        EXPECT_TRUE(cell == QLatin1String("mql") || cell == QLatin1String("sal") ||
                    cell == QLatin1String("nurture"))
            << line.toStdString();
    }
    EXPECT_TRUE(result.out.contains(QStringLiteral("Globex International Holdings")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("sam.sdr")));
    EXPECT_FALSE(result.out.contains(QStringLiteral(" \n"))) << "no trailing spaces";
}

TEST_F(LeadListCommandTest, List_ByStageAndOwner_ShowsOnlyMatchingLeads)
{
    const CliOutput result =
        list({QStringLiteral("--stage"), QStringLiteral("mql"), QStringLiteral("--owner"),
              QStringLiteral("sam.sdr"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray leads = result.json().array();
    ASSERT_EQ(leads.size(), 1);
    EXPECT_EQ(leads.at(0).toObject().value(QStringLiteral("id")).toInteger(), jane);
}

TEST_F(LeadListCommandTest, List_OwnerById_IsTheSameAsByLogin)
{
    const CliOutput byId =
        list({QStringLiteral("--owner"), QString::number(team.otherSdr), QStringLiteral("--json")});
    const CliOutput byLogin =
        list({QStringLiteral("--owner"), QStringLiteral("olive.sdr"), QStringLiteral("--json")});
    ASSERT_EQ(byId.exitCode, 0);
    EXPECT_EQ(byId.out, byLogin.out);
    EXPECT_EQ(byId.json().array().size(), 1);
}

TEST_F(LeadListCommandTest, List_Json_IsAnArrayOfLeadObjects)
{
    const CliOutput result = list({QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonArray leads = result.json().array();
    ASSERT_EQ(leads.size(), 3);
    QJsonObject first;
    for (const QJsonValue value : leads) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == jane)
            first = value.toObject();
    }
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Jane Doe"));
    EXPECT_EQ(first.value(QStringLiteral("company")).toString(), QStringLiteral("Acme Corp"));
    EXPECT_EQ(first.value(QStringLiteral("stage")).toString(), QStringLiteral("mql"));
    EXPECT_EQ(first.value(QStringLiteral("owner")).toString(), QStringLiteral("sam.sdr"));
    EXPECT_EQ(first.value(QStringLiteral("ownerId")).toInteger(), team.sdr);
    EXPECT_TRUE(first.value(QStringLiteral("handoffAt")).toString().endsWith(QLatin1Char('Z')));
    EXPECT_EQ(first.value(QStringLiteral("campaignId")).toInteger(), team.webinar);
}

TEST_F(LeadListCommandTest, List_Limit_CapsTheRowsAndSaysSoOnStderr)
{
    const CliOutput result = list({QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.json().array().size(), 2);
    const CliOutput text = list({QStringLiteral("--limit"), QStringLiteral("2")});
    EXPECT_TRUE(text.err.contains(QStringLiteral("--limit")));
}

TEST_F(LeadListCommandTest, List_NoMatch_SaysSoAndExitsZero)
{
    const CliOutput result = list({QStringLiteral("--stage"), QStringLiteral("sql")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QStringLiteral("No leads match.\n"));
    EXPECT_EQ(
        list({QStringLiteral("--stage"), QStringLiteral("sql"), QStringLiteral("--json")}).out.trimmed(),
        QStringLiteral("[\n]"));
}

TEST_F(LeadListCommandTest, List_UnknownOwner_FailsAndNamesTheUsers)
{
    const CliOutput result = list({QStringLiteral("--owner"), QStringLiteral("nobody")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("nobody")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("sam.sdr"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(LeadListCommandTest, List_UnknownStage_IsAUsageErrorListingStages)
{
    const CliOutput result = list({QStringLiteral("--stage"), QStringLiteral("hot")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("nurture, mql, sal, sql"))) << result.err.toStdString();
}

TEST_F(LeadListCommandTest, List_BadLimit_IsAUsageError)
{
    for (const char *limit : {"0", "ten", "-1"}) {
        const CliOutput result = list({QStringLiteral("--limit"), QString::fromLatin1(limit)});
        EXPECT_EQ(result.exitCode, 2) << limit;
    }
}

} // namespace
} // namespace baton::cli::test
