#include "CliRunner.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::addTeam;
using baton::test::TestFile;

CliOutput user(const QString &path, const QStringList &args)
{
    return CliRunner::onFile(path, QStringList{QStringLiteral("user")} + args);
}

CliOutput addMaya(const QString &path)
{
    return user(path, {QStringLiteral("add"), QStringLiteral("maya.patel"), QStringLiteral("--name"),
                       QStringLiteral("Maya Patel"), QStringLiteral("--role"), QStringLiteral("sdr"),
                       QStringLiteral("--team"), QStringLiteral("North America")});
}

QJsonObject withLogin(const QJsonArray &users, const QString &login)
{
    for (const QJsonValue value : users) {
        if (value.toObject().value(QStringLiteral("login")).toString() == login)
            return value.toObject();
    }
    return {};
}

class UserCommandTest : public ::testing::Test {
protected:
    CliOutput list(const QStringList &args = {})
    {
        return user(file.path(), QStringList{QStringLiteral("list")} + args);
    }

    TestFile file;
};

TEST_F(UserCommandTest, List_Text_ShowsEveryUserByNameInAlignedColumns)
{
    addTeam(file.db());
    const CliOutput result = list();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7) << result.out.toStdString(); // header, rule, five users
    for (const char *column : {"id", "login", "name", "role", "team"})
        EXPECT_TRUE(lines.at(0).contains(QLatin1String(column))) << column;

    const qsizetype loginColumn = lines.at(0).indexOf(QStringLiteral("login"));
    QStringList logins;
    for (const QString &line : lines.mid(2))
        logins << line.mid(loginColumn).section(QLatin1Char(' '), 0, 0);
    // Sorted by name: Ada Lovelace, Mark Okafor, Olive Chen, Sally Brooks, Sam Rivera.
    EXPECT_EQ(logins, (QStringList{QStringLiteral("ada.admin"), QStringLiteral("mark.marketing"),
                                   QStringLiteral("olive.sdr"), QStringLiteral("sally.manager"),
                                   QStringLiteral("sam.sdr")}));
    EXPECT_TRUE(result.out.contains(QStringLiteral("sales_manager")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("North America")));
    EXPECT_FALSE(result.out.contains(QStringLiteral(" \n"))) << "no trailing spaces";
    EXPECT_TRUE(result.err.isEmpty());
}

TEST_F(UserCommandTest, List_Json_IsAnArrayOfUserObjects)
{
    const auto team = addTeam(file.db());
    const CliOutput result = list({QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray users = result.json().array();
    ASSERT_EQ(users.size(), 5);
    EXPECT_EQ(users.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("ada.admin"));

    const QJsonObject sally = withLogin(users, QStringLiteral("sally.manager"));
    EXPECT_EQ(sally.keys(),
              (QStringList{QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"),
                           QStringLiteral("role"), QStringLiteral("team")}));
    EXPECT_EQ(sally.value(QStringLiteral("id")).toInteger(), team.salesManager);
    EXPECT_EQ(sally.value(QStringLiteral("name")).toString(), QStringLiteral("Sally Brooks"));
    EXPECT_EQ(sally.value(QStringLiteral("role")).toString(), QStringLiteral("sales_manager"));
    EXPECT_EQ(sally.value(QStringLiteral("team")).toString(), QStringLiteral("North America"));
}

TEST_F(UserCommandTest, List_NoUsers_SaysHowToAddOneAndExitsZero)
{
    const CliOutput result = list();
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("user add"))) << result.out.toStdString();
    EXPECT_EQ(list({QStringLiteral("--json")}).out.trimmed(), QStringLiteral("[\n]"));
}

TEST_F(UserCommandTest, Add_ThenList_ShowsTheNewUser)
{
    const CliOutput added = addMaya(file.path());
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.isEmpty());

    const QJsonObject maya =
        withLogin(list({QStringLiteral("--json")}).json().array(), QStringLiteral("maya.patel"));
    ASSERT_FALSE(maya.isEmpty());
    const qint64 id = maya.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(added.out,
              QStringLiteral("Added user %1: maya.patel (Maya Patel, SDR, North America).\n").arg(id));
    EXPECT_EQ(maya.value(QStringLiteral("name")).toString(), QStringLiteral("Maya Patel"));
    EXPECT_EQ(maya.value(QStringLiteral("role")).toString(), QStringLiteral("sdr"));
    EXPECT_EQ(maya.value(QStringLiteral("team")).toString(), QStringLiteral("North America"));

    const CliOutput table = list();
    EXPECT_TRUE(table.out.contains(QStringLiteral("maya.patel"))) << table.out.toStdString();
}

TEST_F(UserCommandTest, Add_NoTeamAndRoleInCapitals_StoredAndReportedWithoutTeam)
{
    const CliOutput added = user(file.path(), {QStringLiteral("add"), QStringLiteral("sally.brooks"),
                                               QStringLiteral("--name"), QStringLiteral(" Sally Brooks "),
                                               QStringLiteral("--role"), QStringLiteral("Sales_Manager")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.endsWith(QStringLiteral(": sally.brooks (Sally Brooks, Sales manager).\n")))
        << added.out.toStdString();
    const QJsonObject sally =
        withLogin(list({QStringLiteral("--json")}).json().array(), QStringLiteral("sally.brooks"));
    EXPECT_EQ(sally.value(QStringLiteral("role")).toString(), QStringLiteral("sales_manager"));
    EXPECT_TRUE(sally.value(QStringLiteral("team")).isNull());
}

TEST_F(UserCommandTest, Add_BadRole_IsAUsageErrorListingTheRolesAndAddsNobody)
{
    const CliOutput result =
        user(file.path(), {QStringLiteral("add"), QStringLiteral("maya.patel"), QStringLiteral("--name"),
                           QStringLiteral("Maya Patel"), QStringLiteral("--role"), QStringLiteral("boss")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("'boss' is not a role")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("sdr, sales_manager, marketing_manager, admin")))
        << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_EQ(list({QStringLiteral("--json")}).json().array().size(), 0);
}

TEST_F(UserCommandTest, Add_MissingLoginNameOrRole_IsAUsageError)
{
    const QString name = QStringLiteral("--name");
    const QString role = QStringLiteral("--role");
    const QString add = QStringLiteral("add");
    const QString login = QStringLiteral("maya.patel");
    const QString maya = QStringLiteral("Maya Patel");
    const QString sdr = QStringLiteral("sdr");
    for (const QStringList &args :
         {QStringList{add, name, maya, role, sdr}, QStringList{add, login, role, sdr},
          QStringList{add, login, name, QStringLiteral(" "), role, sdr},
          QStringList{add, login, name, maya}}) {
        const CliOutput result = user(file.path(), args);
        EXPECT_EQ(result.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("user add needs"))) << result.err.toStdString();
    }
    EXPECT_EQ(list({QStringLiteral("--json")}).json().array().size(), 0);
}

TEST_F(UserCommandTest, Add_DuplicateLogin_FailsWithExitOneAndKeepsTheFirst)
{
    ASSERT_EQ(addMaya(file.path()).exitCode, 0);
    const CliOutput again =
        user(file.path(), {QStringLiteral("add"), QStringLiteral("maya.patel"), QStringLiteral("--name"),
                           QStringLiteral("Maya Other"), QStringLiteral("--role"), QStringLiteral("admin")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err, QStringLiteral("batonctl: There is already a user with login \"maya.patel\".\n"));
    EXPECT_TRUE(again.out.isEmpty());

    const QJsonArray users = list({QStringLiteral("--json")}).json().array();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Maya Patel"));
}

TEST_F(UserCommandTest, Add_BadLogin_FailsWithExitOneSayingWhatALoginMayHold)
{
    const CliOutput result =
        user(file.path(), {QStringLiteral("add"), QStringLiteral("Maya Patel"), QStringLiteral("--name"),
                           QStringLiteral("Maya Patel"), QStringLiteral("--role"), QStringLiteral("sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("lower-case letters, digits, '.', '_' or '-'")))
        << result.err.toStdString();
    EXPECT_EQ(list({QStringLiteral("--json")}).json().array().size(), 0);
}

TEST(UserCommand, Add_MissingFile_ExitsThreeAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing-here.baton"));
    const CliOutput result = addMaya(path);
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.err.contains(QStringLiteral("init"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(UserCommand, Help_OnGroupAndCommands_ShowsUsageAndExamplesWithoutAFile)
{
    const CliOutput group = CliRunner::run({QStringLiteral("user"), QStringLiteral("--help")});
    EXPECT_EQ(group.exitCode, 0);
    EXPECT_TRUE(group.out.startsWith(QStringLiteral("Usage: batonctl --db FILE user")));
    EXPECT_TRUE(group.out.contains(QStringLiteral("user list")));
    EXPECT_TRUE(group.out.contains(QStringLiteral("user add")));

    for (const char *command : {"list", "add"}) {
        const CliOutput result =
            CliRunner::run({QStringLiteral("user"), QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_TRUE(result.out.startsWith(
            QStringLiteral("Usage: batonctl --db FILE user %1").arg(QLatin1String(command))))
            << result.out.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("Examples:"))) << command;
        EXPECT_TRUE(result.err.isEmpty());
    }
    const CliOutput add =
        CliRunner::run({QStringLiteral("help"), QStringLiteral("user"), QStringLiteral("add")});
    for (const char *role : {"sdr", "sales_manager", "marketing_manager", "admin"})
        EXPECT_TRUE(add.out.contains(QLatin1String(role))) << role;

    const CliOutput top = CliRunner::run({QStringLiteral("--help")});
    EXPECT_TRUE(top.out.contains(QStringLiteral("user add maya.patel"))) << top.out.toStdString();
}

TEST(UserCommand, Run_UserWithoutSubcommand_IsAUsageErrorListingThem)
{
    const CliOutput result = CliRunner::run({QStringLiteral("user")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("list, add"))) << result.err.toStdString();
}

TEST(UserCommand, InitThenAddUser_OnAFreshFile_LetsLeadListFilterByThatUser)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.baton"));
    ASSERT_EQ(CliRunner::onFile(path, {QStringLiteral("init")}).exitCode, 0);

    const QStringList byMaya{QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--owner"),
                             QStringLiteral("maya.patel")};
    const CliOutput before = CliRunner::onFile(path, byMaya);
    EXPECT_EQ(before.exitCode, 1);
    EXPECT_TRUE(before.err.contains(QStringLiteral("no users yet"))) << before.err.toStdString();

    const CliOutput added = addMaya(path);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.startsWith(QStringLiteral("Added user 1: maya.patel"))) << added.out.toStdString();

    const CliOutput after = CliRunner::onFile(path, byMaya);
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(after.out, QStringLiteral("No leads match.\n"));
    EXPECT_EQ(CliRunner::onFile(path, {QStringLiteral("check")}).exitCode, 0);
}

} // namespace
} // namespace baton::cli::test
