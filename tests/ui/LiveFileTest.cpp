#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "mainwindow/MainWindow.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "services/LeadService.h"
#include "session/LiveRefresh.h"
#include "session/PresenceBeacon.h"
#include "storage/BusyRetry.h"
#include "storage/DatabaseOpener.h"
#include "storage/PresenceRepository.h"
#include "storage/Transaction.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

/// The desktop window on a file a colleague has open too, through a second connection.
class LiveFileTest : public ::testing::Test {
protected:
    LiveFileTest()
    {
        fixture.addLead(aLead(QStringLiteral("Jane Doe")));
        window = std::make_unique<MainWindow>(fixture.session(), std::make_unique<FakePrompter>());
        window->show();
        auto colleague = DatabaseOpener::open(fixture.db().path(), DatabaseOpener::Mode::MustExist);
        EXPECT_TRUE(colleague.ok());
        if (colleague)
            colleagueDb = std::move(colleague).value();
    }

    UiFixture fixture;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Database> colleagueDb;
};

TEST_F(LiveFileTest, Poll_ColleagueAddedALead_QueueShowsIt)
{
    ASSERT_EQ(window->queueView()->model()->totalCount(), 1);
    LeadSpec spec = aLead(QStringLiteral("John Roe"));
    spec.ownerId = fixture.team().sdr;
    addLead(*colleagueDb, spec);

    window->liveRefresh()->poll();

    EXPECT_EQ(window->queueView()->model()->totalCount(), 2);
}

TEST_F(LiveFileTest, LiveRefresh_ByDefault_LooksEveryTwoSeconds)
{
    EXPECT_EQ(window->liveRefresh()->interval(), 2000);
    EXPECT_TRUE(window->liveRefresh()->isActive());
    EXPECT_EQ(window->presenceBeacon()->interval(), 30'000);
}

TEST_F(LiveFileTest, Poll_ColleagueOpenedTheFile_StatusBarSaysWhoElseHasItOpen)
{
    EXPECT_FALSE(window->presenceLabel()->isVisibleTo(window.get()));
    ASSERT_TRUE(PresenceRepository(*colleagueDb)
                    .beat(fixture.team().salesManager, QStringLiteral("desk-9"), 4242, fixture.clock().now())
                    .ok());

    window->liveRefresh()->poll();

    EXPECT_TRUE(window->presenceLabel()->isVisibleTo(window.get()));
    EXPECT_EQ(window->presenceLabel()->text(), QStringLiteral("Also open: Sally Brooks (Sales manager)"));
}

TEST_F(LiveFileTest, Beat_ColleaguesHeartbeatExpired_StatusBarDropsThem)
{
    ASSERT_TRUE(PresenceRepository(*colleagueDb)
                    .beat(fixture.team().salesManager, QStringLiteral("desk-9"), 4242, fixture.clock().now())
                    .ok());
    window->liveRefresh()->poll();
    ASSERT_TRUE(window->presenceLabel()->isVisibleTo(window.get()));

    fixture.clock().advanceSeconds(PresenceRepository::expirySeconds);
    window->presenceBeacon()->beat();

    EXPECT_FALSE(window->presenceLabel()->isVisibleTo(window.get()));
}

TEST_F(LiveFileTest, Open_ThisApp_RegistersItsUserForOthers)
{
    auto everyone = PresenceRepository(*colleagueDb).all(fixture.clock().now());
    ASSERT_TRUE(everyone.ok());
    ASSERT_EQ(everyone->size(), 1U);
    EXPECT_EQ(everyone->front().name, QStringLiteral("Sam Rivera"));

    window.reset();

    EXPECT_TRUE(PresenceRepository(*colleagueDb).all(fixture.clock().now())->empty());
}

TEST_F(LiveFileTest, Write_FileLockedByColleague_StatusBarShowsTheWaitThenClearsIt)
{
    auto held = Transaction::begin(*colleagueDb);
    ASSERT_TRUE(held.ok());
    ASSERT_TRUE(fixture.db().exec("PRAGMA busy_timeout = 0").ok());
    bool shownWhileWaiting = false;
    BusyRetry::Milliseconds now{0};
    BusyRetry retry(
        [&](BusyRetry::Milliseconds pause) {
            now += pause;
            shownWhileWaiting = window->waitingLabel()->isVisibleTo(window.get());
            (void)held->commit(); // the colleague's save ends
        },
        [&now] { return now; }, BusyRetry::Milliseconds(30'000));
    retry.setObserver(fixture.db().busyRetry().observer());
    fixture.db().setBusyRetry(std::move(retry));

    auto begun = Transaction::begin(fixture.db());
    // That retry refers to this test's locals: the file gets its usual one back before they go, for
    // the writes the window makes as it closes.
    BusyRetry usual;
    usual.setObserver(fixture.db().busyRetry().observer());
    fixture.db().setBusyRetry(std::move(usual));

    ASSERT_TRUE(begun.ok()) << begun.error().message.toStdString();
    EXPECT_TRUE(shownWhileWaiting);
    EXPECT_EQ(window->waitingLabel()->text(), QStringLiteral("Waiting for the file: a colleague is saving…"));
    EXPECT_FALSE(window->waitingLabel()->isVisibleTo(window.get()));
}

} // namespace
} // namespace baton::test
