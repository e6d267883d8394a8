#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "storage/PresenceRepository.h"
#include "storage/Schema.h"
#include "support/FileHash.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace baton::cli::test {

using baton::test::fileHash;

namespace {

using baton::test::TestFile;

TEST(CheckCommand, Check_HealthyFile_ReportsOkAndExitsZero)
{
    TestFile file;
    baton::test::addTeam(file.db());
    const CliOutput result = CliRunner::onFile(file.path(), {QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Integrity       ok"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Result: ok")));
}

TEST(CheckCommand, Check_Json_HasSchemaVersionIntegrityAndCounts)
{
    TestFile file;
    const auto team = baton::test::addTeam(file.db());
    baton::test::addLead(file.db(), LeadSpecBuilder(QStringLiteral("Jane Doe")).owner(team.sdr).spec());
    const CliOutput result =
        CliRunner::onFile(file.path(), {QStringLiteral("check"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject report = result.json().object();
    EXPECT_TRUE(report.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("schemaVersion")).toInt(), Schema::currentVersion());
    EXPECT_EQ(report.value(QStringLiteral("supportedVersion")).toInt(), Schema::currentVersion());
    EXPECT_TRUE(report.value(QStringLiteral("integrityOk")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("leads")).toInteger(), 1);
    EXPECT_EQ(report.value(QStringLiteral("users")).toInteger(), 5);
}

TEST(CheckCommand, Check_ColleaguesHaveItOpen_ListsThemAndNotExpiredOnes)
{
    TestFile file;
    const auto team = baton::test::addTeam(file.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PresenceRepository presence(file.db());
    ASSERT_TRUE(presence.beat(team.sdr, QStringLiteral("desk-1"), 11, now).ok());
    ASSERT_TRUE(presence.beat(team.salesManager, QStringLiteral("desk-2"), 22, now).ok());
    ASSERT_TRUE(presence.beat(team.admin, QStringLiteral("crashed"), 33, now.addSecs(-600)).ok());

    const CliOutput text = CliRunner::onFile(file.path(), {QStringLiteral("check")});
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("Open in Baton   Sally Brooks (Sales manager), Sam Rivera (SDR)")))
        << text.out.toStdString();

    const CliOutput json =
        CliRunner::onFile(file.path(), {QStringLiteral("check"), QStringLiteral("--json")});
    const QJsonArray openBy = json.json().object().value(QStringLiteral("openBy")).toArray();
    ASSERT_EQ(openBy.size(), 2);
    EXPECT_EQ(openBy[1][QStringLiteral("name")].toString(), QStringLiteral("Sam Rivera"));
    EXPECT_EQ(openBy[1][QStringLiteral("host")].toString(), QStringLiteral("desk-1"));
}

TEST(CheckCommand, Check_FileFromNewerBaton_ExitsThreeAndLeavesItUnchanged)
{
    TestFile file;
    ASSERT_TRUE(file.db().exec("PRAGMA user_version = 999").ok());
    file.close();
    const QByteArray before = fileHash(file.path());

    const CliOutput result = CliRunner::onFile(file.path(), {QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.err.contains(QStringLiteral("newer Baton"))) << result.err.toStdString();
    EXPECT_EQ(fileHash(file.path()), before);
}

} // namespace
} // namespace baton::cli::test
