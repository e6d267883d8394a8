#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "support/FileHash.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {

using baton::test::fileHash;

namespace {

/// Runs the installed-style executable, as a shell script would.
struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult runBinary(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(BATONCTL_PATH), args);
    EXPECT_TRUE(process.waitForFinished(60'000)) << "batonctl did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

TEST(BatonctlProcess, Help_ExitsZeroAndPrintsToStdout)
{
    const ProcessResult result = runBinary({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Exit codes")));
    EXPECT_TRUE(result.err.isEmpty());
}

TEST(BatonctlProcess, ExitCodes_UsageActionAndFileErrors_AreDistinct)
{
    baton::test::TestFile file;
    const auto team = baton::test::addTeam(file.db());
    const qint64 sal = baton::test::addLead(
        file.db(), LeadSpecBuilder(QStringLiteral("Omar Haddad")).stage(Stage::Sal).owner(team.sdr).spec());
    file.close();

    const ProcessResult usage = runBinary({QStringLiteral("lead"), QStringLiteral("list")});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("--db FILE")));

    const ProcessResult transition =
        runBinary({QStringLiteral("--db"), file.path(), QStringLiteral("lead"), QStringLiteral("accept"),
                   QString::number(sal), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(transition.exitCode, 1);
    EXPECT_TRUE(transition.err.startsWith(QStringLiteral("batonctl: "))) << transition.err.toStdString();
    EXPECT_TRUE(transition.out.isEmpty());

    QTemporaryDir dir;
    const QString notBaton = dir.filePath(QStringLiteral("notes.txt"));
    CliRunner::writeNotADatabase(notBaton);
    const QByteArray before = fileHash(notBaton);
    const ProcessResult refused = runBinary({QStringLiteral("--db"), notBaton, QStringLiteral("check")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_EQ(fileHash(notBaton), before);
}

TEST(BatonctlProcess, LeadListJson_FromTheBinary_IsValidJson)
{
    baton::test::TestFile file;
    const auto team = baton::test::addTeam(file.db());
    baton::test::addLead(file.db(), LeadSpecBuilder(QStringLiteral("Zoë Ångström")).owner(team.sdr).spec());
    file.close();

    const ProcessResult result = runBinary({QStringLiteral("--db"), file.path(), QStringLiteral("lead"),
                                            QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    CliOutput asOutput{result.exitCode, result.out, result.err};
    const QJsonDocument document = asOutput.json();
    ASSERT_TRUE(document.isArray());
    EXPECT_EQ(document.array().at(0)[QStringLiteral("name")].toString(), QStringLiteral("Zoë Ångström"));
}

} // namespace
} // namespace baton::cli::test
