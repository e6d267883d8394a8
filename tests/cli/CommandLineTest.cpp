#include "CliRunner.h"
#include "ScopedEnvironment.h"
#include "support/FileHash.h"
#include "support/TestFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {

using baton::test::fileHash;

namespace {

using baton::test::TestFile;

TEST(CommandLine, Help_GlobalFlag_ListsEveryCommandAndDocumentsExitCodes)
{
    const CliOutput result = CliRunner::run({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    for (const char *expected :
         {"init", "demo", "check", "lead list", "lead show", "lead accept", "lead reject", "lead log",
          "lead convert", "lead outcome", "lead reassign", "route explain", "sla-check", "team set",
          "routing import", "Exit codes", "BATON_NOW", "--db FILE"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(expected))) << expected;
    }
    for (const char *expected :
         {"rejections list", "rejections show", "rejections ack", "rejections dispute", "rejections resolve",
          "rejections recycle", "rejections comment", "feedback report", "feedback suggestions",
          "feedback draft", "review actions", "review action add", "review action set", "review decide",
          "review decisions"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(expected))) << expected;
    }
    EXPECT_TRUE(result.err.isEmpty());
}

TEST(CommandLine, Version_GlobalFlag_PrintsVersionAndExitsZero)
{
    const CliOutput result = CliRunner::run({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("batonctl " BATON_VERSION));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Baton file format")));
    EXPECT_TRUE(result.err.isEmpty());
}

TEST(CommandLine, HelpCommand_WithACommand_ShowsThatCommandsHelp)
{
    const CliOutput result =
        CliRunner::run({QStringLiteral("help"), QStringLiteral("lead"), QStringLiteral("reject")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Usage: batonctl --db FILE lead reject")));
}

TEST(CommandLine, Run_NoCommand_IsAUsageError)
{
    const CliOutput result = CliRunner::run({});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("No command given")));
}

TEST(CommandLine, Run_UnknownCommand_IsAUsageErrorNamingIt)
{
    const CliOutput result =
        CliRunner::run({QStringLiteral("--db"), QStringLiteral("x.baton"), QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
    EXPECT_TRUE(result.out.isEmpty());
}

TEST(CommandLine, Run_UnknownLeadSubcommand_IsAUsageError)
{
    const CliOutput result = CliRunner::run({QStringLiteral("lead"), QStringLiteral("promote")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Unknown command 'lead promote'")));
}

TEST(CommandLine, Run_LeadWithoutSubcommand_IsAUsageErrorListingThem)
{
    const CliOutput result = CliRunner::run({QStringLiteral("lead")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("list, show, accept")));
}

TEST(CommandLine, Run_UnknownOption_IsAUsageError)
{
    TestFile file;
    const CliOutput result = CliRunner::onFile(
        file.path(), {QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--colour")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("colour")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("batonctl lead list --help")));
}

TEST(CommandLine, Run_MissingDb_IsAUsageErrorThatSaysSo)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("lead"), QStringLiteral("list")},
          QStringList{QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("1")},
          QStringList{QStringLiteral("lead"), QStringLiteral("accept"), QStringLiteral("1"),
                      QStringLiteral("--as"), QStringLiteral("sam.sdr")}}) {
        const CliOutput result = CliRunner::run(args);
        EXPECT_EQ(result.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("--db FILE"))) << result.err.toStdString();
    }
}

TEST(CommandLine, Run_DbAfterTheCommand_IsAccepted)
{
    TestFile file;
    const CliOutput result =
        CliRunner::run({QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--db"), file.path()});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
}

TEST(CommandLine, Run_InvalidBatonNow_IsAUsageError)
{
    TestFile file;
    ScopedEnvironment now("BATON_NOW", "next tuesday");
    const CliOutput result = CliRunner::onFile(file.path(), {QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("BATON_NOW")));
}

class CommandHelp : public ::testing::TestWithParam<const char *> {};

TEST_P(CommandHelp, Help_OnCommand_ShowsItsUsageAndExitsZeroWithoutAFile)
{
    const QStringList path = QString::fromLatin1(GetParam()).split(QLatin1Char(' '));
    const CliOutput result = CliRunner::run(path + QStringList{QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.startsWith(QStringLiteral("Usage: batonctl --db FILE %1").arg(QLatin1String(GetParam()))))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("--help")));
    const bool isGroup =
        QStringList{QStringLiteral("lead"),    QStringLiteral("event"),        QStringLiteral("team"),
                    QStringLiteral("routing"), QStringLiteral("rejections"),   QStringLiteral("feedback"),
                    QStringLiteral("review"),  QStringLiteral("review action")}
            .contains(path.join(QLatin1Char(' ')));
    EXPECT_TRUE(result.out.contains(isGroup ? QStringLiteral("Commands:") : QStringLiteral("Examples:")))
        << GetParam();
    EXPECT_TRUE(result.err.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    EveryCommand, CommandHelp,
    ::testing::Values("init", "demo", "check", "lead", "lead list", "lead show", "lead accept", "lead reject",
                      "lead log", "lead convert", "lead disqualify", "lead recycle", "lead handover",
                      "lead reasons", "lead explain", "lead reassign", "lead reroute", "event", "event add",
                      "score", "definition preview", "route", "route explain", "sla-check", "team",
                      "team show", "team set", "routing", "routing export", "routing import", "lead outcome",
                      "rejections", "rejections list", "rejections show", "rejections ack",
                      "rejections dispute", "rejections resolve", "rejections recycle", "rejections comment",
                      "feedback", "feedback report", "feedback suggestions", "feedback draft", "review",
                      "review actions", "review action", "review action add", "review action set",
                      "review decide", "review decisions"));

class RefusedFile : public ::testing::TestWithParam<const char *> {};

TEST_P(RefusedFile, Run_NonSqliteFile_ExitsThreeAndLeavesTheFileUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.csv"));
    CliRunner::writeNotADatabase(path);
    const QByteArray before = fileHash(path);

    const QStringList args = QString::fromLatin1(GetParam()).split(QLatin1Char(' '));
    const CliOutput result = CliRunner::onFile(path, args);

    EXPECT_EQ(result.exitCode, 3) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("not an SQLite database"))) << result.err.toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("contacts.csv")});
}

INSTANTIATE_TEST_SUITE_P(
    EveryFileCommand, RefusedFile,
    ::testing::Values("init", "demo --leads 10", "check", "lead list", "lead show 1", "lead explain 1",
                      "lead accept 1 --as sam.sdr", "lead reasons", "user list", "definition list",
                      "definition show 0", "definition diff 0 1", "definition propose 1 2 --as ada.admin",
                      "definition sign 1 --as mark.marketing", "definition preview 0", "score",
                      "event add 1 --type page_view", "route", "route explain 1", "sla-check", "team show",
                      "team set --pool Sales --member sam.sdr --as sally.manager", "routing export",
                      "lead reassign 1 --to sam.sdr --as sally.manager", "lead reroute 1 --as sally.manager",
                      "lead outcome 1 won --as sam.sdr", "rejections list", "rejections show 1",
                      "rejections ack 1 --as mark.marketing",
                      "rejections dispute 1 --comment why --as mark.marketing",
                      "rejections resolve 1 --uphold --comment why --as sally.manager",
                      "rejections recycle 1 --reason bad_timing --revisit 2026-07-01 --as mark.marketing",
                      "rejections comment 1 --text hello --as sam.sdr",
                      "feedback report --from 2026-03-02 --to 2026-03-08",
                      "feedback report --from 2026-03-02 --to 2026-03-08 --by campaign",
                      "report --from 2026-03-02 --to 2026-03-08 --zone UTC",
                      "report --from 2026-03-02 --to 2026-03-08 --by owner",
                      "feedback suggestions --from 2026-03-02 --to 2026-03-08",
                      "feedback draft --from 2026-03-02 --to 2026-03-08 --suggestion 1 --as mark.marketing",
                      "review actions", "review actions --open --json", "review decisions --week 2026-03-02",
                      "review decide --week 2026-03-02 --text why --as mark.marketing",
                      "review action add --week 2026-03-02 --title t --owner sam.sdr --due 2026-03-06 --as "
                      "mark.marketing",
                      "review action set 1 --status done --as sam.sdr"));

TEST(CommandLine, Run_MissingFileForAReadCommand_ExitsThreeAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing-here.baton"));
    const CliOutput result = CliRunner::onFile(path, {QStringLiteral("lead"), QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.err.contains(QStringLiteral("init"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace baton::cli::test
