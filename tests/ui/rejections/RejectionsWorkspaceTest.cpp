#include "rejections/RejectionsWorkspace.h"

#include "FakeReviewPrompter.h"
#include "RejectionFixture.h"
#include "agreement/BackgroundTask.h"
#include "card/LeadCardView.h"
#include "feedback/CalibrationPanel.h"
#include "rejections/InboxGroupModel.h"
#include "rejections/InboxSummary.h"
#include "rejections/InboxTile.h"
#include "rejections/RejectionDetail.h"
#include "rejections/RejectionFilterBar.h"
#include "rejections/RejectionListModel.h"
#include "services/RejectionReviewService.h"
#include "storage/LeadRepository.h"
#include "storage/ReviewRepository.h"

#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class RejectionsWorkspaceTest : public ::testing::Test {
protected:
    /// A workspace on the fixture's file, in UTC, with the prompter the test answers through.
    std::unique_ptr<RejectionsWorkspace> open()
    {
        auto answers = std::make_unique<FakeReviewPrompter>();
        prompter = answers.get();
        auto workspace = std::make_unique<RejectionsWorkspace>(fixture.ui.session(), std::move(answers));
        workspace->filterBar()->setTimeZone(QTimeZone::utc());
        refresh(*workspace);
        return workspace;
    }

    /// Reads everything again and waits for the inbox counted off the UI thread.
    static void refresh(RejectionsWorkspace &workspace)
    {
        QSignalSpy shown(&workspace, &RejectionsWorkspace::inboxShown);
        workspace.refresh();
        ASSERT_TRUE(shown.wait(10000));
    }

    static void waitForInbox(RejectionsWorkspace &workspace)
    {
        if (!workspace.inboxTask()->isRunning())
            return;
        QSignalSpy shown(&workspace, &RejectionsWorkspace::inboxShown);
        ASSERT_TRUE(shown.wait(10000));
    }

    ReviewStatus storedStatus(qint64 reviewId)
    {
        return ReviewRepository(fixture.ui.db()).find(reviewId)->status;
    }

    RejectionFixture fixture;
    FakeReviewPrompter *prompter = nullptr;
};

TEST_F(RejectionsWorkspaceTest, Sdr_SeesTheRejectionButNoReviewStepEnabled)
{
    fixture.reject({});
    auto workspace = open();
    RejectionDetail *detail = workspace->detail();

    ASSERT_TRUE(detail->review().has_value()); // the first one is selected
    for (ReviewAction action : {ReviewAction::Acknowledge, ReviewAction::Dispute, ReviewAction::Recycle,
                                ReviewAction::Uphold, ReviewAction::Reopen})
        EXPECT_FALSE(detail->button(action)->isEnabled()) << detail->button(action)->text().toStdString();
    EXPECT_FALSE(detail->button(ReviewAction::Uphold)->isVisibleTo(detail));
    EXPECT_FALSE(detail->button(ReviewAction::Reopen)->isVisibleTo(detail));
    EXPECT_EQ(detail->button(ReviewAction::Acknowledge)->toolTip(),
              QStringLiteral("Only a marketing manager or an admin reviews rejections."));
    EXPECT_TRUE(detail->button(ReviewAction::Comment)->isEnabled()); // anyone writes in the thread
}

TEST_F(RejectionsWorkspaceTest, MarketingManager_Acknowledges_StatusThreadAndTilesFollow)
{
    RejectionSpec spec;
    spec.name = QStringLiteral("Ann Acknowledge");
    spec.note = QStringLiteral("Works in the mail room");
    const qint64 reviewId = fixture.reject(spec);
    fixture.become(fixture.ui.team().marketingManager);
    auto workspace = open();
    workspace->filterBar()->setStatusFilter(RejectionFilterBar::StatusFilter::All);
    RejectionDetail *detail = workspace->detail();
    ASSERT_TRUE(detail->review().has_value());
    EXPECT_TRUE(detail->reviewText().contains(QStringLiteral("Works in the mail room")));
    EXPECT_TRUE(detail->reviewText().contains(QStringLiteral("No comments or review steps yet.")));
    EXPECT_EQ(workspace->summary()->openTile()->value(), QStringLiteral("1"));
    ASSERT_TRUE(detail->button(ReviewAction::Acknowledge)->isEnabled());

    QSignalSpy shown(workspace.get(), &RejectionsWorkspace::inboxShown);
    detail->button(ReviewAction::Acknowledge)->click();

    EXPECT_EQ(storedStatus(reviewId), ReviewStatus::Acknowledged);
    EXPECT_EQ(detail->review()->status, ReviewStatus::Acknowledged);
    EXPECT_TRUE(detail->reviewText().contains(QStringLiteral("Mark Okafor acknowledged the rejection")))
        << detail->reviewText().toStdString();
    EXPECT_EQ(detail->message(), QStringLiteral("Acknowledged the rejection of Ann Acknowledge."));
    EXPECT_EQ(workspace->listModel()->index(0, RejectionListModel::StatusColumn).data().toString(),
              QStringLiteral("Acknowledged"));
    EXPECT_FALSE(detail->button(ReviewAction::Acknowledge)->isEnabled());
    EXPECT_TRUE(detail->button(ReviewAction::Dispute)->isEnabled());
    ASSERT_TRUE(shown.count() > 0 || shown.wait(10000));
    waitForInbox(*workspace);
    EXPECT_EQ(workspace->summary()->openTile()->value(), QStringLiteral("0"));
}

TEST_F(RejectionsWorkspaceTest, MarketingManager_AcknowledgesInTheOpenList_TheNextOneIsSelected)
{
    RejectionSpec older;
    older.name = QStringLiteral("Otto Older");
    older.at = referenceTime().addSecs(-7200);
    const qint64 olderId = fixture.reject(older);
    RejectionSpec newer;
    newer.name = QStringLiteral("Nina Newer");
    fixture.reject(newer);
    fixture.become(fixture.ui.team().marketingManager);
    auto workspace = open();
    ASSERT_EQ(workspace->filterBar()->statusFilter(), RejectionFilterBar::StatusFilter::Open);
    ASSERT_EQ(workspace->listModel()->rowCount(), 2);
    EXPECT_EQ(workspace->detail()->review()->leadName, QStringLiteral("Nina Newer"));

    workspace->detail()->take(ReviewAction::Acknowledge);

    ASSERT_EQ(workspace->listModel()->rowCount(), 1);
    ASSERT_TRUE(workspace->detail()->review().has_value());
    EXPECT_EQ(workspace->detail()->review()->id, olderId);
    EXPECT_EQ(workspace->listTable()->selectionModel()->currentIndex().row(), 0);
    EXPECT_EQ(workspace->detail()->message(), QStringLiteral("Acknowledged the rejection of Nina Newer."));
    waitForInbox(*workspace);
}

TEST_F(RejectionsWorkspaceTest, SalesManager_UpholdsADispute)
{
    const qint64 reviewId = fixture.reject({});
    ASSERT_TRUE(
        RejectionReviewService(fixture.ui.db(), fixture.ui.clock())
            .dispute(reviewId, fixture.ui.team().marketingManager, QStringLiteral("She signs the budget"), 1)
            .ok());
    fixture.become(fixture.ui.team().salesManager);
    auto workspace = open();
    RejectionDetail *detail = workspace->detail();
    EXPECT_EQ(workspace->filterBar()->statusFilter(), RejectionFilterBar::StatusFilter::Disputed);
    ASSERT_TRUE(detail->review().has_value());
    EXPECT_TRUE(detail->reviewText().contains(QStringLiteral("Mark Okafor disputed the rejection")));
    EXPECT_TRUE(detail->button(ReviewAction::Uphold)->isVisibleTo(detail));
    EXPECT_TRUE(detail->button(ReviewAction::Uphold)->isEnabled());
    EXPECT_TRUE(detail->button(ReviewAction::Reopen)->isEnabled());
    EXPECT_FALSE(detail->button(ReviewAction::Acknowledge)->isEnabled());
    EXPECT_EQ(workspace->summary()->disputedTile()->value(), QStringLiteral("1"));

    prompter->text = QStringLiteral("Checked: she is an intern");
    detail->button(ReviewAction::Uphold)->click();

    EXPECT_EQ(prompter->titles, QStringList{QStringLiteral("Uphold the rejection of Rita Reject")});
    EXPECT_EQ(storedStatus(reviewId), ReviewStatus::Upheld);
    EXPECT_EQ(workspace->listModel()->rowCount(), 0); // no dispute left
    EXPECT_EQ(workspace->listEmptyText(), QStringLiteral("No disputed rejections in this period."));
    waitForInbox(*workspace);
    EXPECT_EQ(workspace->summary()->disputedTile()->value(), QStringLiteral("0"));
    const auto thread =
        RejectionReviewService(fixture.ui.db(), fixture.ui.clock()).thread(fixture.leadOf(reviewId));
    ASSERT_EQ(thread->size(), 2u);
    EXPECT_EQ(thread->back().kind, QStringLiteral("upheld"));
    EXPECT_EQ(thread->back().body, QStringLiteral("Checked: she is an intern"));
}

TEST_F(RejectionsWorkspaceTest, ColleagueMovedTheReviewOn_ConflictShownAndReloaded)
{
    const qint64 reviewId = fixture.reject({});
    fixture.become(fixture.ui.team().marketingManager);
    auto workspace = open();
    workspace->filterBar()->setStatusFilter(RejectionFilterBar::StatusFilter::All);
    RejectionDetail *detail = workspace->detail();
    ASSERT_EQ(detail->review()->version, 1);
    // Someone else acknowledges it meanwhile, from another desk.
    ASSERT_TRUE(RejectionReviewService(fixture.ui.db(), fixture.ui.clock())
                    .acknowledge(reviewId, fixture.ui.team().admin, {}, 1)
                    .ok());

    prompter->text = QStringLiteral("The title says Director");
    detail->button(ReviewAction::Dispute)->click();

    EXPECT_TRUE(detail->message().startsWith(
        QStringLiteral("Someone else moved this review on (it is now acknowledged)")))
        << detail->message().toStdString();
    EXPECT_EQ(storedStatus(reviewId), ReviewStatus::Acknowledged); // theirs kept, nothing of ours stored
    EXPECT_EQ(detail->review()->status, ReviewStatus::Acknowledged);
    EXPECT_EQ(detail->review()->version, 2);
    EXPECT_TRUE(detail->reviewText().contains(QStringLiteral("Ada Lovelace acknowledged the rejection")));
    EXPECT_EQ(workspace->listModel()->index(0, RejectionListModel::StatusColumn).data().toString(),
              QStringLiteral("Acknowledged"));
    EXPECT_FALSE(detail->button(ReviewAction::Acknowledge)->isEnabled());

    detail->button(ReviewAction::Dispute)->click(); // on the version now read, it goes through
    EXPECT_EQ(storedStatus(reviewId), ReviewStatus::Disputed);
    waitForInbox(*workspace);
}

TEST_F(RejectionsWorkspaceTest, MarketingManager_Recycles_TheLeadGoesBackToNurtureWithItsDate)
{
    const qint64 reviewId = fixture.reject({});
    fixture.become(fixture.ui.team().marketingManager);
    auto workspace = open();
    QSignalSpy leadsChanged(workspace.get(), &RejectionsWorkspace::leadsChanged);
    prompter->recycle = RecycleChoice{QStringLiteral("budget_cycle"), QStringLiteral("Budget opens in July"),
                                      QDate(2026, 7, 1)};

    workspace->detail()->button(ReviewAction::Recycle)->click();

    ASSERT_FALSE(prompter->offeredReasons.empty());
    EXPECT_EQ(prompter->offeredReasons.front().code, QStringLiteral("bad_timing")); // the recycling taxonomy
    EXPECT_EQ(prompter->suggestedRevisit, QDate(2026, 6, 8));
    EXPECT_EQ(storedStatus(reviewId), ReviewStatus::Recycled);
    EXPECT_EQ(fixture.ui.lead(fixture.leadOf(reviewId)).stage, Stage::Recycled);
    EXPECT_EQ(leadsChanged.count(), 1);
    waitForInbox(*workspace);
}

TEST_F(RejectionsWorkspaceTest, Sdr_Comments_TheThreadShowsItAndNothingElseMoves)
{
    const qint64 reviewId = fixture.reject({});
    auto workspace = open();
    prompter->text = QStringLiteral("Happy to talk it through");

    workspace->detail()->button(ReviewAction::Comment)->click();

    EXPECT_TRUE(workspace->detail()->reviewText().contains(QStringLiteral("Sam Rivera commented")));
    EXPECT_TRUE(workspace->detail()->reviewText().contains(QStringLiteral("Happy to talk it through")));
    EXPECT_EQ(storedStatus(reviewId), ReviewStatus::Open);
    // The card below the review leaves the thread to it: the comment is on screen once.
    EXPECT_FALSE(
        workspace->detail()->card()->plainText().contains(QStringLiteral("Happy to talk it through")));

    prompter->text.reset(); // cancelled: nothing written
    workspace->detail()->button(ReviewAction::Comment)->click();
    EXPECT_EQ(
        RejectionReviewService(fixture.ui.db(), fixture.ui.clock()).thread(fixture.leadOf(reviewId))->size(),
        1u);
    waitForInbox(*workspace);
}

TEST_F(RejectionsWorkspaceTest, PickingAGroup_NarrowsTheListAndShowingEveryGroupWidensIt)
{
    const Team &team = fixture.ui.team();
    for (int i = 0; i < 3; ++i) {
        RejectionSpec spec;
        spec.name = QStringLiteral("Webinar %1").arg(i);
        spec.campaignId = i < 2 ? team.webinar : team.whitepaper;
        spec.at = referenceTime().addSecs(-3600 - 60 * i);
        fixture.reject(spec);
    }
    fixture.become(team.marketingManager);
    auto workspace = open();
    ASSERT_EQ(workspace->listModel()->rowCount(), 3);
    EXPECT_EQ(workspace->summary()->totalTile()->value(), QStringLiteral("3"));

    workspace->setGrouping(FeedbackDimension::Campaign);
    ASSERT_EQ(workspace->groupModel()->rowCount(), 2);
    EXPECT_EQ(workspace->groupModel()->index(0, InboxGroupModel::LabelColumn).data().toString(),
              QStringLiteral("Q3 Pipeline Webinar"));
    workspace->selectGroup(0);

    EXPECT_EQ(workspace->listModel()->rowCount(), 2);
    EXPECT_TRUE(workspace->listTitle().contains(QStringLiteral("campaign “Q3 Pipeline Webinar”")))
        << workspace->listTitle().toStdString();
    EXPECT_EQ(workspace->selection()->key, QString::number(team.webinar));

    refresh(*workspace); // the inbox counted again keeps the group picked
    EXPECT_EQ(workspace->groupTable()->selectionModel()->currentIndex().row(), 0);
    EXPECT_EQ(workspace->listModel()->rowCount(), 2);

    workspace->selectGroup(-1);
    EXPECT_FALSE(workspace->selection().has_value());
    EXPECT_EQ(workspace->listModel()->rowCount(), 3);
}

TEST_F(RejectionsWorkspaceTest, NoRejections_EmptyStatesSayItInWords)
{
    fixture.become(fixture.ui.team().marketingManager);
    auto workspace = open();
    EXPECT_EQ(workspace->listEmptyText(),
              QStringLiteral("Nothing left to review in this period: every rejection has been looked at."));
    workspace->filterBar()->setStatusFilter(RejectionFilterBar::StatusFilter::All);
    EXPECT_EQ(workspace->listEmptyText(), QStringLiteral("No rejections in this period."));
    EXPECT_EQ(workspace->summary()->totalTile()->value(), QStringLiteral("0"));
    EXPECT_FALSE(workspace->detail()->review().has_value());
    EXPECT_TRUE(workspace->detail()->reviewText().contains(QStringLiteral("Select a rejection")));
    for (ReviewAction action : allReviewActions)
        EXPECT_FALSE(workspace->detail()->button(action)->isEnabled());
}

TEST_F(RejectionsWorkspaceTest, Tiles_CountThePeriodAgainstTheWeeksBefore)
{
    const Team &team = fixture.ui.team();
    RejectionSpec disqualified;
    disqualified.stage = Stage::Disqualified;
    disqualified.reason = QStringLiteral("no_budget");
    fixture.reject(disqualified);
    fixture.reject({});
    RejectionSpec earlier;
    earlier.at = referenceTime().addDays(-14);
    fixture.reject(earlier);
    fixture.become(team.marketingManager);
    auto workspace = open();
    InboxSummary *summary = workspace->summary();

    EXPECT_EQ(summary->totalTile()->value(), QStringLiteral("2"));
    // Monday 00:00 to Tuesday 10:00 is 34 hours: 2 in that time is 9.9 a week, against 1 in 4 weeks.
    const QString detail = summary->totalTile()->detail();
    EXPECT_TRUE(detail.startsWith(QStringLiteral("+"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("a week against the 4 weeks before"))) << detail.toStdString();
    EXPECT_TRUE(detail.endsWith(QStringLiteral("9.9 a week in this period, 0.3 before")))
        << detail.toStdString();
    EXPECT_EQ(summary->splitTile()->value(), QStringLiteral("1 / 1"));
    EXPECT_EQ(summary->openTile()->value(), QStringLiteral("2"));
    EXPECT_EQ(summary->disputedTile()->value(), QStringLiteral("0"));
}

TEST_F(RejectionsWorkspaceTest, CalibrationTab_CountsThePickedPeriodOnceItIsShown)
{
    fixture.reject({});
    fixture.become(fixture.ui.team().marketingManager);
    auto workspace = open();
    CalibrationPanel *panel = workspace->calibrationPanel();
    ASSERT_EQ(workspace->tabs()->count(), 2);
    EXPECT_EQ(workspace->tabs()->tabText(0), QStringLiteral("&Inbox"));
    EXPECT_FALSE(panel->task()->isRunning()); // nothing counted while the tab is hidden
    const auto day = [](const QDateTime &time) {
        return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
    };

    QSignalSpy counted(panel, &CalibrationPanel::calibrationShown);
    workspace->tabs()->setCurrentWidget(panel);
    ASSERT_TRUE(counted.wait(10000));
    const RejectionPeriod week = workspace->filterBar()->period();
    EXPECT_TRUE(panel->statusText().contains(day(week.from))) << panel->statusText().toStdString();
    EXPECT_FALSE(workspace->filterBar()->statusCombo()->isVisibleTo(workspace.get()));

    QSignalSpy again(panel, &CalibrationPanel::calibrationShown);
    workspace->filterBar()->setPeriodKind(RejectionPeriod::Kind::ThisQuarter);
    ASSERT_TRUE(again.wait(10000));
    EXPECT_TRUE(panel->statusText().contains(day(workspace->filterBar()->period().from)))
        << panel->statusText().toStdString();
    waitForInbox(*workspace);
}

} // namespace
} // namespace baton::test
