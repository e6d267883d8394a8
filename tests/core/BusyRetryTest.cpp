#include "storage/BusyRetry.h"

#include "storage/BusyObserver.h"
#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <vector>

namespace baton::test {
namespace {

using Milliseconds = BusyRetry::Milliseconds;

/// Pauses that only move a pretend clock forward, and a record of them.
struct PretendTime {
    Milliseconds now{0};
    std::vector<Milliseconds> pauses;

    BusyRetry retry(Milliseconds limit)
    {
        return BusyRetry(
            [this](Milliseconds pause) {
                pauses.push_back(pause);
                now += pause;
            },
            [this] { return now; }, limit);
    }
};

struct CountingObserver final : BusyObserver {
    int started = 0;
    int ended = 0;
    void waitingStarted() override { ++started; }
    void waitingEnded() override { ++ended; }
};

Result<void> busy()
{
    return makeError(ErrorKind::Busy, QStringLiteral("database is locked"));
}

TEST(BusyRetry, Run_BusyTwiceThenFree_WritesAfterGrowingPausesAndTellsTheWait)
{
    PretendTime time;
    BusyRetry retry = time.retry(Milliseconds(30'000));
    CountingObserver observer;
    retry.setObserver(&observer);
    int attempts = 0;

    auto result =
        retry.run([&attempts]() -> Result<void> { return ++attempts <= 2 ? busy() : Result<void>(); });

    EXPECT_TRUE(result.ok());
    EXPECT_EQ(attempts, 3);
    EXPECT_EQ(time.pauses, (std::vector<Milliseconds>{Milliseconds(50), Milliseconds(100)}));
    EXPECT_EQ(observer.started, 1);
    EXPECT_EQ(observer.ended, 1);
}

TEST(BusyRetry, Run_FreeAtOnce_NeitherPausesNorTellsAWait)
{
    PretendTime time;
    BusyRetry retry = time.retry(Milliseconds(30'000));
    CountingObserver observer;
    retry.setObserver(&observer);

    EXPECT_TRUE(retry.run([] { return Result<void>(); }).ok());
    EXPECT_TRUE(time.pauses.empty());
    EXPECT_EQ(observer.started, 0);
    EXPECT_EQ(observer.ended, 0);
}

TEST(BusyRetry, Run_BusyPastTheLimit_FailsAsBusySayingWhatToDoAndStopsWaiting)
{
    PretendTime time;
    BusyRetry retry = time.retry(Milliseconds(30'000));
    CountingObserver observer;
    retry.setObserver(&observer);

    auto result = retry.run(busy);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Busy);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("try again")))
        << result.error().message.toStdString();
    EXPECT_EQ(time.now, Milliseconds(30'000));
    for (Milliseconds pause : time.pauses)
        EXPECT_LE(pause, BusyRetry::longestPause);
    EXPECT_EQ(observer.started, 1);
    EXPECT_EQ(observer.ended, 1);
}

TEST(BusyRetry, Run_OtherError_IsReturnedWithoutRetrying)
{
    PretendTime time;
    BusyRetry retry = time.retry(Milliseconds(30'000));
    int attempts = 0;

    auto result = retry.run([&attempts]() -> Result<void> {
        ++attempts;
        return makeError(ErrorKind::ReadOnly, QStringLiteral("read-only"));
    });

    EXPECT_EQ(result.error().kind, ErrorKind::ReadOnly);
    EXPECT_EQ(attempts, 1);
    EXPECT_TRUE(time.pauses.empty());
}

/// Two connections to one file: the first holds the write lock, the second begins.
class TransactionBusyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("team.baton"));
        auto holder = DatabaseOpener::open(path);
        ASSERT_TRUE(holder.ok()) << holder.error().message.toStdString();
        m_holder = std::move(holder).value();
        auto waiter = DatabaseOpener::open(path);
        ASSERT_TRUE(waiter.ok()) << waiter.error().message.toStdString();
        m_waiter = std::move(waiter).value();
        ASSERT_TRUE(m_waiter->exec("PRAGMA busy_timeout = 0").ok()); // the retry's pauses only
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_holder;
    std::unique_ptr<Database> m_waiter;
};

TEST_F(TransactionBusyTest, Begin_LockReleasedDuringTheWait_Succeeds)
{
    auto held = Transaction::begin(*m_holder);
    ASSERT_TRUE(held.ok());
    Milliseconds now{0};
    int pauses = 0;
    m_waiter->setBusyRetry(BusyRetry(
        [&](Milliseconds pause) {
            now += pause;
            if (++pauses == 3) {
                ASSERT_TRUE(held->commit().ok()); // the colleague's save ends
            }
        },
        [&now] { return now; }, Milliseconds(30'000)));

    auto begun = Transaction::begin(*m_waiter);

    ASSERT_TRUE(begun.ok()) << begun.error().message.toStdString();
    EXPECT_EQ(pauses, 3);
    EXPECT_TRUE(begun->commit().ok());
}

TEST_F(TransactionBusyTest, Begin_LockHeldPastTheLimit_FailsAsBusy)
{
    auto held = Transaction::begin(*m_holder);
    ASSERT_TRUE(held.ok());
    PretendTime time;
    m_waiter->setBusyRetry(time.retry(Milliseconds(5'000)));

    auto begun = Transaction::begin(*m_waiter);

    ASSERT_FALSE(begun.ok());
    EXPECT_EQ(begun.error().kind, ErrorKind::Busy);
    EXPECT_EQ(time.now, Milliseconds(5'000));
}

} // namespace
} // namespace baton::test
