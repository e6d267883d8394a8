#include "startup/UserSelection.h"

#include "ModalDialogResponder.h"
#include "SettingsSandbox.h"
#include "dialogs/UserPickerDialog.h"
#include "session/UserMemory.h"
#include "startup/LaunchOptions.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

/// Picks the user with this login in the "Who is working?" dialog and presses OK.
ModalDialogResponder::Answer pick(const QString &login)
{
    return [login](QDialog &dialog) {
        auto *picker = qobject_cast<UserPickerDialog *>(&dialog);
        ASSERT_NE(picker, nullptr);
        QTreeWidget *list = picker->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->toolTip(0) == login)
                list->setCurrentItem(list->topLevelItem(i));
        }
        auto *buttons = picker->findChild<QDialogButtonBox *>();
        ASSERT_NE(buttons, nullptr);
        buttons->button(QDialogButtonBox::Ok)->click();
    };
}

class UserSelectionTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(sandbox.isValid()); }

    Result<std::optional<User>> choose(Database &database)
    {
        return UserSelection::choose(database, options, memory, nullptr);
    }
    Result<std::optional<User>> choose() { return choose(file.db()); }

    void addLeadsOwnedBy(qint64 ownerId, int count)
    {
        for (int i = 0; i < count; ++i) {
            LeadSpec spec;
            spec.name = QStringLiteral("Lead %1 of %2").arg(i).arg(ownerId);
            spec.ownerId = ownerId;
            addLead(file.db(), spec);
        }
    }

    SettingsSandbox sandbox;
    TestFile file;
    Team team = addTeam(file.db());
    UserMemory memory;
    LaunchOptions options;
};

TEST_F(UserSelectionTest, Choose_UserGiven_ReturnsThatUserOverTheRememberedOneWithoutAsking)
{
    ModalDialogResponder responder;
    memory.remember(file.path(), team.sdr);
    options.userLogin = QStringLiteral("olive.sdr");

    const auto chosen = choose();

    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    ASSERT_TRUE(chosen->has_value());
    EXPECT_EQ((*chosen)->id, team.otherSdr);
    EXPECT_EQ(responder.answered(), "");
}

TEST_F(UserSelectionTest, Choose_UserGivenById_ReturnsThatUserWithoutAsking)
{
    ModalDialogResponder responder;
    options.userLogin = QString::number(team.admin);

    const auto chosen = choose();

    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    ASSERT_TRUE(chosen->has_value());
    EXPECT_EQ((*chosen)->login, QStringLiteral("ada.admin"));
    EXPECT_EQ(responder.answered(), "");
}

TEST_F(UserSelectionTest, Choose_UnknownUserGiven_FailsNamingItWithoutAsking)
{
    ModalDialogResponder responder;
    options.userLogin = QStringLiteral("nobody.here");

    const auto chosen = choose();

    ASSERT_FALSE(chosen.ok());
    EXPECT_EQ(chosen.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(chosen.error().message.contains(QStringLiteral("nobody.here")))
        << chosen.error().message.toStdString();
    EXPECT_EQ(responder.answered(), "");
}

TEST_F(UserSelectionTest, Choose_FileWithoutUsers_FailsNamingTheCommandThatAddsThem)
{
    ModalDialogResponder responder;
    TestFile empty;

    const auto chosen = choose(empty.db());

    ASSERT_FALSE(chosen.ok());
    EXPECT_EQ(chosen.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(
        chosen.error().message.contains(QStringLiteral("batonctl --db %1 user add").arg(empty.path())))
        << chosen.error().message.toStdString();
    EXPECT_EQ(responder.answered(), "");
}

TEST_F(UserSelectionTest, Choose_UserRememberedForThisFile_ReturnsItWithoutAsking)
{
    ModalDialogResponder responder;
    memory.remember(file.path(), team.otherSdr);

    const auto chosen = choose();

    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    ASSERT_TRUE(chosen->has_value());
    EXPECT_EQ((*chosen)->id, team.otherSdr);
    EXPECT_EQ(responder.answered(), "");
}

TEST_F(UserSelectionTest, Choose_UserRememberedOnlyForAnotherFile_AsksAndReturnsThePick)
{
    ModalDialogResponder responder(pick(QStringLiteral("sally.manager")));
    memory.remember(file.path() + QStringLiteral(".other"), team.otherSdr);

    const auto chosen = choose();

    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    ASSERT_TRUE(chosen->has_value());
    EXPECT_EQ((*chosen)->id, team.salesManager);
    EXPECT_EQ(responder.answered(), "baton::UserPickerDialog");
}

TEST_F(UserSelectionTest, Choose_RememberedUserNoLongerInTheFile_AsksAndCancelMeansNobody)
{
    ModalDialogResponder responder;
    memory.remember(file.path(), 9999);

    const auto chosen = choose();

    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    EXPECT_FALSE(chosen->has_value());
    EXPECT_EQ(responder.answered(), "baton::UserPickerDialog");
}

TEST_F(UserSelectionTest, Choose_UnattendedWithoutUser_TakesTheSdrWithTheLongestQueue)
{
    ModalDialogResponder responder;
    memory.remember(file.path(), team.sdr);
    addLeadsOwnedBy(team.sdr, 1);
    addLeadsOwnedBy(team.otherSdr, 3);
    options.measure = true;

    const auto chosen = choose();

    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    ASSERT_TRUE(chosen->has_value());
    EXPECT_EQ((*chosen)->id, team.otherSdr);
    EXPECT_EQ(responder.answered(), "");
}

TEST_F(UserSelectionTest, Choose_UnattendedFileWithoutUsers_FailsNamingTheFileWithoutAsking)
{
    ModalDialogResponder responder;
    TestFile empty;
    options.screenshotPath = QStringLiteral("window.png");

    const auto chosen = choose(empty.db());

    ASSERT_FALSE(chosen.ok());
    EXPECT_TRUE(chosen.error().message.contains(empty.path())) << chosen.error().message.toStdString();
    EXPECT_EQ(responder.answered(), "");
}

} // namespace
} // namespace baton::test
