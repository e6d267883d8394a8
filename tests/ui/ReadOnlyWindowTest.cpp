#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "actions/LeadActions.h"
#include "agreement/DraftsPanel.h"
#include "mainwindow/MainWindow.h"
#include "storage/DatabaseOpener.h"
#include "storage/UserRepository.h"
#include "team/TeamBoard.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

constexpr auto readOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto writableFile = readOnlyFile | QFileDevice::WriteOwner;

/// The main window over the fixture's file, opened again after the file was made read-only.
class ReadOnlyWindowTest : public ::testing::Test {
protected:
    ReadOnlyWindowTest()
    {
        lead = fixture.addLead(aLead(QStringLiteral("Jane Doe")).company(QStringLiteral("Acme Corp")));
        path = fixture.db().path();
    }
    ~ReadOnlyWindowTest() override { QFile::setPermissions(path, writableFile); }

    void openWindow()
    {
        auto opened = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
        session = std::make_unique<Session>(*database, fixture.clock());
        session->setUser(*fixture.session().user());
        auto prompterOwned = std::make_unique<FakePrompter>();
        prompter = prompterOwned.get();
        window = std::make_unique<MainWindow>(*session, std::move(prompterOwned));
        window->show();
    }

    UiFixture fixture;
    qint64 lead = 0;
    QString path;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
    FakePrompter *prompter = nullptr;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ReadOnlyWindowTest, ReadOnlyFile_StatusBarSaysWhyAndChangesAreOff)
{
    ASSERT_TRUE(QFile::setPermissions(path, readOnlyFile));
    openWindow();

    EXPECT_TRUE(window->readOnlyBanner()->isVisible());
    EXPECT_EQ(window->readOnlyBanner()->text(),
              QStringLiteral("Read-only: the file is not writable. Changes are off."));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("read-only")));
    ASSERT_TRUE(window->leadActions()->lead().has_value());
    for (QAction *action : window->leadActions()->actions()) {
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        EXPECT_TRUE(action->toolTip().startsWith(QStringLiteral("Read-only:")));
    }
}

TEST_F(ReadOnlyWindowTest, ReadOnlyFile_AcceptAskedFor_IsRefusedWithTheReasonAndNothingChanges)
{
    ASSERT_TRUE(QFile::setPermissions(path, readOnlyFile));
    openWindow();

    window->leadActions()->accept();

    ASSERT_EQ(prompter->errors.size(), 1U);
    EXPECT_EQ(prompter->errors.front().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(prompter->errors.front().message.contains(QStringLiteral("the file is not writable")));
    EXPECT_EQ(fixture.lead(lead).stage, Stage::Mql);
}

TEST_F(ReadOnlyWindowTest, ReadOnlyFile_PageWriteButtonsStayOffWhenAManagerSignsIn)
{
    ASSERT_TRUE(QFile::setPermissions(path, readOnlyFile));
    openWindow();
    // A sales manager may reassign and edit the definition: each panel turns its buttons on.
    session->setUser(*UserRepository(*database).find(fixture.team().salesManager));

    auto *drafts = window->findChild<DraftsPanel *>();
    ASSERT_NE(drafts, nullptr);
    for (QPushButton *button :
         {drafts->editMarketingButton(), drafts->editSalesButton(), drafts->reconcileButton()}) {
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
        EXPECT_TRUE(button->toolTip().startsWith(QStringLiteral("Read-only:")));
    }
    auto *board = window->findChild<TeamBoard *>();
    ASSERT_NE(board, nullptr);
    int locked = 0;
    for (QPushButton *button : board->findChildren<QPushButton *>()) {
        if (!button->toolTip().startsWith(QStringLiteral("Read-only:")))
            continue;
        ++locked;
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    }
    EXPECT_EQ(locked, 3); // reassign, route again, route waiting leads
    auto *people = board->findChild<QComboBox *>();
    ASSERT_NE(people, nullptr);
    EXPECT_FALSE(people->isEnabled()) << "whom to give a lead to, on a file nobody may change";
    EXPECT_TRUE(people->toolTip().startsWith(QStringLiteral("Read-only:")));
}

TEST_F(ReadOnlyWindowTest, WritableFile_PageWriteButtonsFollowTheUsersRole)
{
    openWindow();
    session->setUser(*UserRepository(*database).find(fixture.team().salesManager));

    auto *drafts = window->findChild<DraftsPanel *>();
    ASSERT_NE(drafts, nullptr);
    EXPECT_TRUE(drafts->editSalesButton()->isEnabled());
    EXPECT_FALSE(drafts->editSalesButton()->toolTip().startsWith(QStringLiteral("Read-only:")));
}

TEST_F(ReadOnlyWindowTest, WritableFile_NoBannerAndActionsOn)
{
    openWindow();

    EXPECT_FALSE(window->readOnlyBanner()->isVisible());
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(window->leadActions()->acceptAction()->isEnabled());
}

} // namespace
} // namespace baton::test
