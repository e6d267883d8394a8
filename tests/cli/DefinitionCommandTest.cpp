#include "CliRunner.h"
#include "agreement/DefinitionJson.h"
#include "common/FixedClock.h"
#include "services/AgreementService.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::addTeam;
using baton::test::TestFile;

class DefinitionCommandTest : public ::testing::Test {
protected:
    DefinitionCommandTest()
        : team(addTeam(file.db()))
    {}

    CliOutput definition(const QStringList &args)
    {
        return CliRunner::onFile(file.path(), QStringList{QStringLiteral("definition")} + args);
    }

    QString writeJson(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    CliOutput import(const QString &path, const char *side, const char *as)
    {
        return definition({QStringLiteral("import"), path, QStringLiteral("--team"),
                           QString::fromLatin1(side), QStringLiteral("--as"), QString::fromLatin1(as)});
    }

    static Definition changed(int minFit)
    {
        Definition result = Definition::defaults();
        result.mqlRule.minFit = minFit;
        return result;
    }

    /// Drafts 1 and 2 and proposal 3, made through the service.
    void makeProposal()
    {
        FixedClock clock(baton::test::referenceTime());
        AgreementService service(file.db(), clock);
        ASSERT_TRUE(service.importDraft(DefinitionTeam::Marketing, changed(30), team.marketingManager).ok());
        ASSERT_TRUE(service.importDraft(DefinitionTeam::Sales, changed(40), team.salesManager).ok());
        ASSERT_TRUE(service.propose(1, 2, changed(35), team.admin).ok());
    }

    qint64 versionCount() { return *file.db().queryInt("SELECT count(*) FROM definition_versions"); }

    TestFile file;
    baton::test::Team team;
    QTemporaryDir dir;
};

TEST_F(DefinitionCommandTest, ProposeThenBothSign_ReconciledFileBecomesEffective)
{
    ASSERT_EQ(import(writeJson("m.json", DefinitionJson::toJson(changed(30))), "marketing", "mark.marketing")
                  .exitCode,
              0);
    ASSERT_EQ(
        import(writeJson("s.json", DefinitionJson::toJson(changed(40))), "sales", "sally.manager").exitCode,
        0);

    const CliOutput disagreeing =
        definition({QStringLiteral("propose"), QStringLiteral("1"), QStringLiteral("2"),
                    QStringLiteral("--as"), QStringLiteral("ada.admin")});
    EXPECT_EQ(disagreeing.exitCode, 1);
    EXPECT_EQ(versionCount(), 2);

    const QString agreed = writeJson("agreed.json", DefinitionJson::toJson(changed(35)));
    const CliOutput proposed =
        definition({QStringLiteral("propose"), QStringLiteral("1"), QStringLiteral("2"),
                    QStringLiteral("--file"), agreed, QStringLiteral("--as"), QStringLiteral("ada.admin")});
    ASSERT_EQ(proposed.exitCode, 0) << proposed.err.toStdString();
    EXPECT_TRUE(proposed.out.contains(QStringLiteral("Stored version 3")));

    ASSERT_EQ(definition({QStringLiteral("sign"), QStringLiteral("3"), QStringLiteral("--as"),
                          QStringLiteral("mark.marketing")})
                  .exitCode,
              0);
    const CliOutput second = definition({QStringLiteral("sign"), QStringLiteral("3"), QStringLiteral("--as"),
                                         QStringLiteral("sally.manager")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("now the effective definition")));
    FixedClock clock(baton::test::referenceTime());
    auto effective = AgreementService(file.db(), clock).effective();
    ASSERT_TRUE(effective.ok());
    EXPECT_EQ(effective->definition.mqlRule.minFit, 35);
}

TEST_F(DefinitionCommandTest, Propose_MissingAsOrBadNumber_UsageError)
{
    EXPECT_EQ(definition({QStringLiteral("propose"), QStringLiteral("1"), QStringLiteral("2")}).exitCode, 2);
    EXPECT_EQ(definition({QStringLiteral("propose"), QStringLiteral("x"), QStringLiteral("2"),
                          QStringLiteral("--as"), QStringLiteral("ada.admin")})
                  .exitCode,
              2);
}

TEST_F(DefinitionCommandTest, Import_ManagersOwnTeam_StoresDraftAndListShowsIt)
{
    const QString path = writeJson("marketing.json", DefinitionJson::toJson(changed(30)));
    const CliOutput imported = import(path, "marketing", "mark.marketing");
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Stored version 1: marketing draft")));
    const CliOutput listed = definition({QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("marketing draft")));
}

TEST_F(DefinitionCommandTest, Import_MalformedFile_RefusedNamingTheFileAndNothingStored)
{
    const QString path = writeJson("broken.json", QByteArrayLiteral("{\"fitRules\": [ {\"id\": 3 ]"));
    const CliOutput result = import(path, "sales", "sally.manager");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("broken.json"))) << result.err.toStdString();
    EXPECT_EQ(versionCount(), 0);
}

TEST_F(DefinitionCommandTest, Import_WrongRole_RefusedWithExitOne)
{
    const QString path = writeJson("sales.json", DefinitionJson::toJson(changed(40)));
    const CliOutput result = import(path, "sales", "mark.marketing");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("may not"))) << result.err.toStdString();
    EXPECT_EQ(import(path, "finance", "ada.admin").exitCode, 2);
    EXPECT_EQ(versionCount(), 0);
}

TEST_F(DefinitionCommandTest, Export_ThenImport_RoundTripsTheDefinition)
{
    makeProposal();
    const CliOutput exported = definition({QStringLiteral("export"), QStringLiteral("3")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    auto parsed = DefinitionJson::fromJson(exported.out.toUtf8(), QStringLiteral("stdout"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, changed(35));
    const CliOutput defaults = definition({QStringLiteral("export"), QStringLiteral("0")});
    EXPECT_EQ(*DefinitionJson::fromJson(defaults.out.toUtf8(), QStringLiteral("stdout")),
              Definition::defaults());
}

TEST_F(DefinitionCommandTest, Show_Json_HasStateAndDefinition)
{
    makeProposal();
    const CliOutput result =
        definition({QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject object = result.json().object();
    EXPECT_EQ(object.value(QStringLiteral("team")).toString(), QStringLiteral("sales"));
    EXPECT_EQ(object.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_TRUE(object.value(QStringLiteral("definition")).isObject());
    EXPECT_EQ(definition({QStringLiteral("show"), QStringLiteral("9")}).exitCode, 1);
    EXPECT_EQ(definition({QStringLiteral("show"), QStringLiteral("x")}).exitCode, 2);
}

TEST_F(DefinitionCommandTest, Diff_TwoDrafts_ShowsTheChangedRule)
{
    makeProposal();
    const CliOutput result = definition({QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("mqlRule"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("30 -> 40"))) << result.out.toStdString();
    const CliOutput same = definition({QStringLiteral("diff"), QStringLiteral("0"), QStringLiteral("0")});
    EXPECT_TRUE(same.out.contains(QStringLiteral("No differences.")));
}

TEST_F(DefinitionCommandTest, Sign_BothManagers_MakesItEffective)
{
    makeProposal();
    const CliOutput draft = definition({QStringLiteral("sign"), QStringLiteral("1"), QStringLiteral("--as"),
                                        QStringLiteral("sally.manager")});
    EXPECT_EQ(draft.exitCode, 1);
    const CliOutput sdr = definition(
        {QStringLiteral("sign"), QStringLiteral("3"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(sdr.exitCode, 1);
    const CliOutput first = definition({QStringLiteral("sign"), QStringLiteral("3"), QStringLiteral("--as"),
                                        QStringLiteral("sally.manager")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_FALSE(first.out.contains(QStringLiteral("effective")));
    const CliOutput second = definition({QStringLiteral("sign"), QStringLiteral("3"), QStringLiteral("--as"),
                                         QStringLiteral("mark.marketing")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("now the effective definition")))
        << second.out.toStdString();
    EXPECT_EQ(*file.db().queryInt("SELECT number FROM definition_versions WHERE status = 'effective'"), 3);
}

TEST_F(DefinitionCommandTest, Help_EverySubcommand_ExitsZero)
{
    for (const char *command : {"list", "show", "export", "import", "diff", "sign"}) {
        const CliOutput result = CliRunner::run(
            {QStringLiteral("definition"), QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_TRUE(result.out.contains(QStringLiteral("definition ") + QString::fromLatin1(command)))
            << command;
    }
}

} // namespace
} // namespace baton::cli::test
