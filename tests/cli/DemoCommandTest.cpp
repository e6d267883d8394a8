#include "CliRunner.h"
#include "ScopedEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

const QByteArray fixedNow = "2026-03-10T10:00:00Z";

QStringList demo(int leads, int seed)
{
    return {QStringLiteral("demo"), QStringLiteral("--leads"), QString::number(leads),
            QStringLiteral("--seed"), QString::number(seed)};
}

QStringList listAll()
{
    return {QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("100000"), QStringLiteral("--json")};
}

TEST(DemoCommand, Demo_NewFile_PrintsSummaryWithLeadsPerSecond)
{
    QTemporaryDir dir;
    ScopedEnvironment now("BATON_NOW", fixedNow);
    const QString path = dir.filePath(QStringLiteral("demo.baton"));
    const CliOutput result = CliRunner::onFile(path, demo(300, 1));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Generated 300 demo leads"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("leads/s")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("2026-03-10 10:00 UTC")));

    const CliOutput listed = CliRunner::onFile(path, listAll());
    EXPECT_EQ(listed.json().array().size(), 300);
}

TEST(DemoCommand, Demo_SameSeedAndNow_GivesTheSameLeads)
{
    QTemporaryDir dir;
    ScopedEnvironment now("BATON_NOW", fixedNow);
    const QString first = dir.filePath(QStringLiteral("first.baton"));
    const QString second = dir.filePath(QStringLiteral("second.baton"));
    ASSERT_EQ(CliRunner::onFile(first, demo(300, 42)).exitCode, 0);
    ASSERT_EQ(CliRunner::onFile(second, demo(300, 42)).exitCode, 0);

    const CliOutput a = CliRunner::onFile(first, listAll());
    const CliOutput b = CliRunner::onFile(second, listAll());
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.json().array().size(), 300);
    EXPECT_EQ(a.out, b.out);

    const CliOutput cardA = CliRunner::onFile(first, {QStringLiteral("lead"), QStringLiteral("show"),
                                                      QStringLiteral("150"), QStringLiteral("--json")});
    const CliOutput cardB = CliRunner::onFile(second, {QStringLiteral("lead"), QStringLiteral("show"),
                                                       QStringLiteral("150"), QStringLiteral("--json")});
    EXPECT_EQ(cardA.exitCode, 0);
    EXPECT_EQ(cardA.out, cardB.out);
}

TEST(DemoCommand, Demo_DifferentSeed_GivesDifferentLeads)
{
    QTemporaryDir dir;
    ScopedEnvironment now("BATON_NOW", fixedNow);
    const QString first = dir.filePath(QStringLiteral("first.baton"));
    const QString second = dir.filePath(QStringLiteral("second.baton"));
    ASSERT_EQ(CliRunner::onFile(first, demo(100, 1)).exitCode, 0);
    ASSERT_EQ(CliRunner::onFile(second, demo(100, 2)).exitCode, 0);
    EXPECT_NE(CliRunner::onFile(first, listAll()).out, CliRunner::onFile(second, listAll()).out);
}

TEST(DemoCommand, Demo_FileThatHasLeads_IsRefusedAndKeepsItsLeads)
{
    QTemporaryDir dir;
    ScopedEnvironment now("BATON_NOW", fixedNow);
    const QString path = dir.filePath(QStringLiteral("demo.baton"));
    ASSERT_EQ(CliRunner::onFile(path, demo(50, 1)).exitCode, 0);
    const QString before = CliRunner::onFile(path, listAll()).out;

    const CliOutput again = CliRunner::onFile(path, demo(50, 2));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already has leads"))) << again.err.toStdString();
    EXPECT_EQ(CliRunner::onFile(path, listAll()).out, before);
}

TEST(DemoCommand, Demo_BadLeadCount_IsAUsageError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.baton"));
    for (const char *count : {"abc", "0", "-5", "12.5"}) {
        const CliOutput result = CliRunner::onFile(
            path, {QStringLiteral("demo"), QStringLiteral("--leads"), QString::fromLatin1(count)});
        EXPECT_EQ(result.exitCode, 2) << count;
        EXPECT_TRUE(result.err.contains(QStringLiteral("--leads"))) << result.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DemoCommand, Demo_BadSeed_IsAUsageError)
{
    QTemporaryDir dir;
    const CliOutput result =
        CliRunner::onFile(dir.filePath(QStringLiteral("demo.baton")),
                          {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("x")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--seed")));
}

} // namespace
} // namespace baton::cli::test
