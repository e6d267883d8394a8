#include "services/UserService.h"

#include "common/FixedClock.h"
#include "storage/UserRepository.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

class UserServiceTest : public ::testing::Test {
protected:
    UserServiceTest()
        : service(file.db(), clock)
        , users(file.db())
    {}

    static User maya()
    {
        return User{0, QStringLiteral("maya.patel"), QStringLiteral("Maya Patel"), Role::Sdr,
                    QStringLiteral("North America")};
    }

    qsizetype userCount() { return static_cast<qsizetype>(users.all()->size()); }

    test::TestFile file;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    UserService service;
    UserRepository users;
};

} // namespace

TEST_F(UserServiceTest, Add_ValidUser_StoredWithTrimmedNameAndTeam)
{
    User user = maya();
    user.name = QStringLiteral("  Maya Patel ");
    user.team = QStringLiteral(" North America  ");
    user.role = Role::SalesManager;

    auto id = service.add(user);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto stored = users.find(*id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->login, QStringLiteral("maya.patel"));
    EXPECT_EQ(stored->name, QStringLiteral("Maya Patel"));
    EXPECT_EQ(stored->role, Role::SalesManager);
    EXPECT_EQ(stored->team, QStringLiteral("North America"));
}

TEST_F(UserServiceTest, Add_NoTeam_StoredWithEmptyTeam)
{
    User user = maya();
    user.team.clear();
    auto id = service.add(user);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_TRUE(users.find(*id)->team.isEmpty());
}

TEST_F(UserServiceTest, Add_LoginWithEveryAllowedCharacter_Accepted)
{
    User user = maya();
    user.login = QStringLiteral("m4ya_p-atel.2");
    EXPECT_TRUE(service.add(user).ok());
}

TEST_F(UserServiceTest, Add_BadLogin_InvalidInputSayingWhatALoginMayHoldAndNothingStored)
{
    for (const char *login : {"Maya.Patel", "maya patel", "maya@example.com", "mäya", "maya/patel"}) {
        User user = maya();
        user.login = QString::fromUtf8(login);
        auto id = service.add(user);
        ASSERT_FALSE(id.ok()) << login;
        EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput) << login;
        EXPECT_TRUE(
            id.error().message.contains(QStringLiteral("lower-case letters, digits, '.', '_' or '-'")))
            << id.error().message.toStdString();
    }
    EXPECT_EQ(userCount(), 0);
}

TEST_F(UserServiceTest, Add_EmptyLogin_InvalidInput)
{
    for (const char *login : {"", "   "}) {
        User user = maya();
        user.login = QString::fromLatin1(login);
        auto id = service.add(user);
        ASSERT_FALSE(id.ok()) << '"' << login << '"';
        EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(id.error().message.contains(QStringLiteral("needs a login")))
            << id.error().message.toStdString();
    }
    EXPECT_EQ(userCount(), 0);
}

TEST_F(UserServiceTest, Add_LoginThatReadsAsAnIdOrAnOption_InvalidInput)
{
    for (const char *login : {"42", "-maya", ".maya", "_maya"}) {
        User user = maya();
        user.login = QString::fromLatin1(login);
        auto id = service.add(user);
        ASSERT_FALSE(id.ok()) << login;
        EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput) << login;
    }
    EXPECT_EQ(userCount(), 0);
}

TEST_F(UserServiceTest, Add_EmptyName_InvalidInputAndNothingStored)
{
    for (const char *name : {"", "  \t "}) {
        User user = maya();
        user.name = QString::fromLatin1(name);
        auto id = service.add(user);
        ASSERT_FALSE(id.ok()) << '"' << name << '"';
        EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(id.error().message.contains(QStringLiteral("needs a name")))
            << id.error().message.toStdString();
    }
    EXPECT_EQ(userCount(), 0);
}

TEST_F(UserServiceTest, Add_DuplicateLogin_InvalidInputNamingItAndFirstUserKept)
{
    auto first = service.add(maya());
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();

    User other = maya();
    other.name = QStringLiteral("Maya Other");
    auto second = service.add(other);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(second.error().message, QStringLiteral("There is already a user with login \"maya.patel\"."));
    EXPECT_EQ(userCount(), 1);
    EXPECT_EQ(users.find(*first)->name, QStringLiteral("Maya Patel"));
}

TEST_F(UserServiceTest, Add_DuplicateOfALoginStoredInOtherCase_Refused)
{
    // Logins are looked up ignoring case (`--as Maya.Patel`), so a second one differing only in
    // case could never be named.
    ASSERT_TRUE(
        users
            .insert(User{0, QStringLiteral("Maya.Patel"), QStringLiteral("Maya Patel"), Role::Sdr, QString()})
            .ok());
    auto id = service.add(maya());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(userCount(), 1);
}
