#include "CliRunner.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

TEST(InitCommand, Init_NewPath_CreatesAFileThatPassesCheck)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.baton"));

    const CliOutput init = CliRunner::onFile(path, {QStringLiteral("init")});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.startsWith(QStringLiteral("Created "))) << init.out.toStdString();
    EXPECT_TRUE(QFile::exists(path));

    const CliOutput check = CliRunner::onFile(path, {QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(check.json().object().value(QStringLiteral("leads")).toInteger(), 0);
}

TEST(InitCommand, Init_ExistingBatonFile_SaysSoAndExitsZero)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.baton"));
    ASSERT_EQ(CliRunner::onFile(path, {QStringLiteral("init")}).exitCode, 0);

    const CliOutput again = CliRunner::onFile(path, {QStringLiteral("init")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("already a Baton file"))) << again.out.toStdString();
}

TEST(InitCommand, Init_EmptyExistingFile_BecomesABatonFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.baton"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const CliOutput init = CliRunner::onFile(path, {QStringLiteral("init")});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.startsWith(QStringLiteral("Created ")));
    EXPECT_EQ(CliRunner::onFile(path, {QStringLiteral("check")}).exitCode, 0);
}

TEST(InitCommand, Init_ExtraArgument_IsAUsageError)
{
    QTemporaryDir dir;
    const CliOutput result = CliRunner::onFile(dir.filePath(QStringLiteral("a.baton")),
                                               {QStringLiteral("init"), QStringLiteral("now")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Unexpected argument 'now'")));
}

} // namespace
} // namespace baton::cli::test
