#include "RejectionFixture.h"
#include "mainwindow/MainWindow.h"
#include "rejections/RejectionDetail.h"
#include "rejections/RejectionListModel.h"
#include "rejections/RejectionsWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

TEST(RejectionsPage, CtrlFive_ShowsThePageWithTheListFocusedAndTheFirstRejectionSelected)
{
    RejectionFixture fixture;
    fixture.reject({});
    fixture.become(fixture.ui.team().marketingManager);
    MainWindow window(fixture.ui.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QAction *page = actionNamed(window, QStringLiteral("Rejections"));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    QSignalSpy shown(window.rejectionsWorkspace(), &RejectionsWorkspace::inboxShown);

    page->trigger();

    EXPECT_EQ(window.currentPage(), MainWindow::Page::Rejections);
    EXPECT_TRUE(page->isChecked());
    EXPECT_EQ(QApplication::focusWidget(), window.rejectionsWorkspace()->listTable());
    EXPECT_EQ(window.rejectionsWorkspace()->listModel()->rowCount(), 1);
    EXPECT_TRUE(window.rejectionsWorkspace()->detail()->review().has_value());
    ASSERT_TRUE(shown.count() > 0 || shown.wait(10000));
}

TEST(RejectionsPage, ReviewSteps_HaveMnemonicsAndTakeTheKeyboardFocus)
{
    RejectionFixture fixture;
    fixture.reject({});
    RejectionsWorkspace workspace(fixture.ui.session());
    for (ReviewAction action : allReviewActions) {
        QPushButton *button = workspace.detail()->button(action);
        EXPECT_TRUE(button->text().contains(QLatin1Char('&'))) << button->text().toStdString();
        EXPECT_NE(button->focusPolicy(), Qt::NoFocus);
    }
    EXPECT_NE(workspace.listTable()->focusPolicy(), Qt::NoFocus);
    EXPECT_NE(workspace.groupTable()->focusPolicy(), Qt::NoFocus);
}

} // namespace
} // namespace baton::test
