#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::addLead;
using baton::test::addTeam;
using baton::test::TestFile;

class ExportCommandTest : public ::testing::Test {
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
                                      .company(QStringLiteral("Globex, Ltd"))
                                      .stage(Stage::Sal)
                                      .owner(team.otherSdr)
                                      .spec());
        nia = addLead(
            file.db(),
            LeadSpecBuilder(QStringLiteral("Nia Okafor")).stage(Stage::Rejected).owner(team.sdr).spec());
    }

    CliOutput run(const QStringList &args) { return CliRunner::onFile(file.path(), args); }

    TestFile file;
    baton::test::Team team;
    qint64 jane = 0;
    qint64 omar = 0;
    qint64 nia = 0;
};

TEST_F(ExportCommandTest, ExportQueue_ToStdout_OwnersOpenLeadsAsCsv)
{
    const CliOutput result =
        run({QStringLiteral("export"), QStringLiteral("queue"), QStringLiteral("--owner"),
             QStringLiteral("sam.sdr"), QStringLiteral("--csv"), QStringLiteral("-")});

    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2); // Nia's rejection is not in a queue
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("id,name,email,company,")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("%1,Jane Doe,").arg(jane)));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",mql,,Q3 Pipeline Webinar,")));
}

TEST_F(ExportCommandTest, ExportQueue_ToFile_WritesTheFileAndSaysHowMany)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.csv"));

    const CliOutput result =
        run({QStringLiteral("export"), QStringLiteral("queue"), QStringLiteral("--csv"), path});

    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains(QStringLiteral("Wrote 2 leads")));
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    EXPECT_EQ(content.count("\r\n"), 3);
    EXPECT_TRUE(content.contains("\"Globex, Ltd\""));
}

TEST_F(ExportCommandTest, ExportQueue_WithoutCsv_IsAUsageError)
{
    const CliOutput result = run({QStringLiteral("export"), QStringLiteral("queue")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--csv")));
}

TEST_F(ExportCommandTest, ExportQueue_StageWithoutAQueue_IsAUsageError)
{
    const CliOutput result =
        run({QStringLiteral("export"), QStringLiteral("queue"), QStringLiteral("--stage"),
             QStringLiteral("rejected"), QStringLiteral("--csv"), QStringLiteral("-")});
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(ExportCommandTest, ExportLeads_ToStdout_EveryLeadWithItsHistory)
{
    const CliOutput result = run(
        {QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--json"), QStringLiteral("-")});

    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray leads = result.json().array();
    ASSERT_EQ(leads.size(), 3);
    EXPECT_EQ(leads[0][QStringLiteral("id")].toInteger(), jane);
    EXPECT_EQ(leads[0][QStringLiteral("owner")].toString(), QStringLiteral("sam.sdr"));
    EXPECT_FALSE(leads[0][QStringLiteral("stageChanges")].toArray().isEmpty());
    EXPECT_TRUE(leads[0][QStringLiteral("events")].isArray());
    EXPECT_TRUE(leads[0][QStringLiteral("routingDecisions")].isArray());
    EXPECT_EQ(leads[2][QStringLiteral("stage")].toString(), QStringLiteral("rejected"));
}

TEST_F(ExportCommandTest, ExportLeads_StageAndOwner_OnlyThoseLeads)
{
    const CliOutput result =
        run({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--stage"),
             QStringLiteral("sal"), QStringLiteral("--owner"), QStringLiteral("olive.sdr"),
             QStringLiteral("--json"), QStringLiteral("-")});

    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray leads = result.json().array();
    ASSERT_EQ(leads.size(), 1);
    EXPECT_EQ(leads[0][QStringLiteral("id")].toInteger(), omar);
    EXPECT_EQ(leads[0][QStringLiteral("company")][QStringLiteral("name")].toString(),
              QStringLiteral("Globex, Ltd"));
}

TEST_F(ExportCommandTest, ExportLeads_UnknownOwner_FailsWithoutWritingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.json"));
    const CliOutput result =
        run({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--owner"),
             QStringLiteral("nobody"), QStringLiteral("--json"), path});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace baton::cli::test
