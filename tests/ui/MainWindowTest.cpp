#include "mainwindow/MainWindow.h"

#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "actions/LeadActions.h"
#include "card/LeadCardView.h"
#include "queue/QueueFilterBar.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "rejections/RejectionsWorkspace.h"
#include "review/ReviewWorkspace.h"
#include "services/LeadService.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    MainWindowTest()
    {
        const QDateTime now = referenceTime();
        first = fixture.addLead(aLead(QStringLiteral("Jane Doe"))
                                    .company(QStringLiteral("Acme Corp"))
                                    .handoffAt(now.addSecs(-5 * 3600)));
        second = fixture.addLead(aLead(QStringLiteral("John Roe"))
                                     .company(QStringLiteral("Globex"))
                                     .handoffAt(now.addSecs(-4 * 3600)));
        third = fixture.addLead(aLead(QStringLiteral("Mia Poe"))
                                    .company(QStringLiteral("Initech"))
                                    .stage(Stage::Sal)
                                    .handoffAt(now.addSecs(-3 * 3600)));
        fixture.addEvent(first, EventType::WebinarQuestion, QStringLiteral("Can we import from HubSpot?"),
                         30);
        fixture.addEvent(first, EventType::PageView, QStringLiteral("/pricing"), 20);
        auto prompterOwned = std::make_unique<FakePrompter>();
        prompter = prompterOwned.get();
        window = std::make_unique<MainWindow>(fixture.session(), std::move(prompterOwned));
        window->show();
    }

    QTableView *table() const { return window->queueView()->table(); }
    QString card() const { return window->cardView()->plainText(); }

    UiFixture fixture;
    qint64 first = 0;
    qint64 second = 0;
    qint64 third = 0;
    FakePrompter *prompter = nullptr;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, Open_QueueListedAndActionsFollowTheSelectedMql)
{
    EXPECT_EQ(window->queueView()->model()->rowCount(), 3);
    EXPECT_TRUE(window->leadActions()->acceptAction()->isEnabled());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Baton — ")));
}

TEST_F(MainWindowTest, SelectLead_FillsCardWithNameCompanyAndWebinarQuestion)
{
    window->queueView()->selectRow(0);

    EXPECT_EQ(window->cardView()->leadId(), first);
    EXPECT_TRUE(card().contains(QStringLiteral("Jane Doe")));
    EXPECT_TRUE(card().contains(QStringLiteral("Acme Corp")));
    EXPECT_TRUE(card().contains(QStringLiteral("Can we import from HubSpot?")));
    EXPECT_TRUE(card().contains(QStringLiteral("/pricing")));
}

TEST_F(MainWindowTest, Open_SelectsTheOldestHandoff_CardShowsIt)
{
    EXPECT_EQ(window->queueView()->selectedLead()->id, first);
    EXPECT_EQ(window->cardView()->leadId(), first);
    EXPECT_TRUE(card().contains(QStringLiteral("Jane Doe")));
}

TEST_F(MainWindowTest, ArrowKeys_MoveThroughQueue_CardFollows)
{
    QSignalSpy changed(window->queueView(), &QueueView::currentLeadChanged);
    table()->setFocus();

    QTest::keyClick(table(), Qt::Key_Down);

    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toLongLong(), second);
    EXPECT_EQ(window->cardView()->leadId(), second);
    EXPECT_TRUE(card().contains(QStringLiteral("John Roe")));
    EXPECT_TRUE(card().contains(QStringLiteral("Globex")));
}

TEST_F(MainWindowTest, AcceptAction_OnSelectedMql_StoresSalAndKeepsTheLeadSelected)
{
    window->queueView()->selectRow(0);

    window->leadActions()->acceptAction()->trigger();

    EXPECT_EQ(fixture.lead(first).stage, Stage::Sal);
    EXPECT_EQ(window->queueView()->selectedLead()->id, first);
    EXPECT_EQ(window->queueView()->selectedLead()->stage, Stage::Sal);
    EXPECT_EQ(window->queueView()->selectedLead()->version, fixture.lead(first).version);
    EXPECT_TRUE(window->leadActions()->convertAction()->isEnabled());
    EXPECT_FALSE(window->leadActions()->acceptAction()->isEnabled());
}

TEST_F(MainWindowTest, RejectAction_LeadLeavesQueue_SelectionMovesToTheNextLead)
{
    window->queueView()->selectRow(0);
    prompter->rejection = RejectionChoice{QStringLiteral("no_authority"), QString()};

    window->leadActions()->rejectAction()->trigger();

    EXPECT_EQ(fixture.lead(first).stage, Stage::Rejected);
    EXPECT_EQ(window->queueView()->model()->rowCount(), 2);
    EXPECT_EQ(window->queueView()->selectedLead()->id, second);
    EXPECT_TRUE(card().contains(QStringLiteral("John Roe")));
    EXPECT_TRUE(window->statusBar()->findChildren<QLabel *>().size() >= 2);
}

TEST_F(MainWindowTest, LogActivityAction_StoresActivityAndShowsItOnTheCard)
{
    window->queueView()->selectRow(1);
    prompter->activity =
        ActivityChoice{ActivityType::Email, QStringLiteral("replied"), QStringLiteral("Wants a demo")};

    window->leadActions()->logActivityAction()->trigger();

    auto activities = LeadRepository(fixture.db()).activities(second);
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 1u);
    EXPECT_EQ(activities->front().outcome, QStringLiteral("replied"));
    EXPECT_EQ(window->queueView()->selectedLead()->id, second);
    EXPECT_TRUE(card().contains(QStringLiteral("Wants a demo")));
}

TEST_F(MainWindowTest, AcceptAction_LeadChangedByColleague_ShowsErrorAndReloadsCard)
{
    window->queueView()->selectRow(0);
    LeadService service(fixture.db(), fixture.clock());
    ASSERT_TRUE(service.accept(first, fixture.team().otherSdr).ok()); // behind the window's back

    window->leadActions()->acceptAction()->trigger();

    ASSERT_EQ(prompter->errors.size(), 1u);
    EXPECT_EQ(prompter->errors.front().kind, ErrorKind::Conflict);
    EXPECT_TRUE(
        prompter->errors.front().message.contains(QStringLiteral("Olive Chen moved it from mql to sal")))
        << prompter->errors.front().message.toStdString();
    EXPECT_EQ(window->queueView()->selectedLead()->stage, Stage::Sal); // the queue read it again
    EXPECT_TRUE(card().contains(QStringLiteral("MQL → SAL")));
}

TEST_F(MainWindowTest, SwitchUser_ToUserWithoutLeads_ShowsEmptyQueue)
{
    auto manager = UserRepository(fixture.db()).find(fixture.team().salesManager);
    ASSERT_TRUE(manager.ok());

    fixture.session().setUser(*manager);

    EXPECT_EQ(window->queueView()->model()->rowCount(), 0);
    EXPECT_TRUE(card().contains(QStringLiteral("Nothing in your queue")));
    EXPECT_FALSE(window->leadActions()->logActivityAction()->isEnabled());
}

TEST_F(MainWindowTest, SearchField_Typing_FiltersQueueAfterThePause)
{
    QLineEdit *search = window->queueView()->filterBar()->searchField();
    QSignalSpy filtered(window->queueView()->filterBar(), &QueueFilterBar::filterChanged);

    QTest::keyClicks(search, QStringLiteral("globex"));
    EXPECT_EQ(window->queueView()->model()->rowCount(), 3); // not yet: the search waits for a pause
    ASSERT_TRUE(filtered.wait(2000));

    EXPECT_EQ(filtered.count(), 1);
    ASSERT_EQ(window->queueView()->model()->rowCount(), 1);
    EXPECT_EQ(window->queueView()->model()->index(0, 0).data().toString(), QStringLiteral("John Roe"));
}

TEST_F(MainWindowTest, AcceptShortcut_KeyAInTheQueue_AcceptsTheSelectedLead)
{
    QApplication::setActiveWindow(window.get());
    table()->setFocus();
    window->queueView()->selectRow(0);

    QTest::keyClick(table(), Qt::Key_A);

    EXPECT_EQ(fixture.lead(first).stage, Stage::Sal);
}

TEST_F(MainWindowTest, AcceptShortcut_OnAnotherPage_LeavesTheQueuesLeadAlone)
{
    QApplication::setActiveWindow(window.get());
    window->queueView()->selectRow(0);
    window->showPage(MainWindow::Page::Rejections);

    QTest::keyClick(window->rejectionsWorkspace()->listTable(), Qt::Key_A);

    EXPECT_EQ(fixture.lead(first).stage, Stage::Mql);
    EXPECT_FALSE(window->leadActions()->acceptAction()->isEnabled());
    window->showPage(MainWindow::Page::Queue);
    EXPECT_TRUE(window->leadActions()->acceptAction()->isEnabled());
}

TEST_F(MainWindowTest, FindShortcut_FocusesTheSearchField)
{
    QApplication::setActiveWindow(window.get());
    table()->setFocus();

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);

    EXPECT_TRUE(window->queueView()->filterBar()->searchField()->hasFocus());
}

TEST_F(MainWindowTest, ReviewShortcut_ShowsTheReviewPageAndCountsIt)
{
    QApplication::setActiveWindow(window.get());
    QSignalSpy shown(window->reviewWorkspace(), &ReviewWorkspace::shown);

    QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);

    EXPECT_EQ(window->currentPage(), MainWindow::Page::Review);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_TRUE(window->reviewWorkspace()->numbers().has_value());
}

} // namespace
} // namespace baton::test
