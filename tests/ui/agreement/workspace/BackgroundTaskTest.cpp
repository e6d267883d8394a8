#include "agreement/BackgroundTask.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <thread>

namespace baton::test {
namespace {

TEST(BackgroundTask, Start_WorkReportsProgress_ProgressThenCompletionOnTheUiThread)
{
    BackgroundTask task;
    QSignalSpy progress(&task, &BackgroundTask::progress);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    std::thread::id workThread;
    std::thread::id completionThread;
    int result = 0;

    const bool started = task.start([&](const TaskControl &control) {
        workThread = std::this_thread::get_id();
        int sum = 0;
        for (int i = 1; i <= 4; ++i) {
            sum += i;
            control.report(i, 4);
        }
        return BackgroundTask::Completion([&, sum] {
            completionThread = std::this_thread::get_id();
            result = sum;
        });
    });

    ASSERT_TRUE(started);
    EXPECT_TRUE(task.isRunning());
    EXPECT_FALSE(task.start([](const TaskControl &) { return BackgroundTask::Completion(); }));
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(task.isRunning());
    EXPECT_EQ(result, 10);
    EXPECT_NE(workThread, std::this_thread::get_id());
    EXPECT_EQ(completionThread, std::this_thread::get_id());
    EXPECT_FALSE(finished.constFirst().at(0).toBool()); // not cancelled
    ASSERT_EQ(progress.count(), 4);
    EXPECT_EQ(progress.constLast().at(0).toLongLong(), 4);
    EXPECT_EQ(progress.constLast().at(1).toLongLong(), 4);
}

TEST(BackgroundTask, Progress_ManySmallSteps_ThrottledToVisibleChanges)
{
    BackgroundTask task;
    QSignalSpy progress(&task, &BackgroundTask::progress);
    QSignalSpy finished(&task, &BackgroundTask::finished);

    task.start([](const TaskControl &control) {
        for (qint64 i = 1; i <= 100'000; ++i)
            control.report(i, 100'000);
        return BackgroundTask::Completion();
    });

    ASSERT_TRUE(finished.wait(5000));
    EXPECT_LE(progress.count(), 1001);
    EXPECT_EQ(progress.constLast().at(0).toLongLong(), 100'000);
}

TEST(BackgroundTask, Cancel_WhileWorking_WorkSeesItAndFinishedSaysCancelled)
{
    BackgroundTask task;
    QSignalSpy progress(&task, &BackgroundTask::progress);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    bool sawCancel = false;

    task.start([&](const TaskControl &control) {
        qint64 step = 0;
        control.report(step, 0);
        while (!control.cancelled()) // runs until told to stop; no sleeping
            std::this_thread::yield();
        return BackgroundTask::Completion([&] { sawCancel = true; });
    });
    ASSERT_TRUE(progress.wait(5000)); // it is under way
    EXPECT_TRUE(task.isRunning());
    task.cancel();

    ASSERT_TRUE(finished.count() == 1 || finished.wait(5000));
    EXPECT_TRUE(sawCancel);
    EXPECT_TRUE(finished.constFirst().at(0).toBool());
    EXPECT_FALSE(task.isRunning());
}

TEST(BackgroundTask, Start_AfterACancelledRun_RunsAgainUncancelled)
{
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start([](const TaskControl &control) {
        while (!control.cancelled())
            std::this_thread::yield();
        return BackgroundTask::Completion();
    });
    task.cancel();
    ASSERT_TRUE(finished.wait(5000));

    bool cancelledSecondTime = true;
    ASSERT_TRUE(task.start([&](const TaskControl &control) {
        const bool cancelled = control.cancelled();
        return BackgroundTask::Completion([&, cancelled] { cancelledSecondTime = cancelled; });
    }));
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(cancelledSecondTime);
    EXPECT_FALSE(finished.constLast().at(0).toBool());
}

TEST(BackgroundTask, Destroy_WhileWorking_CancelsAndWaitsWithoutRunningTheCompletion)
{
    bool completed = false;
    std::atomic<bool> stopped{false};
    {
        BackgroundTask task;
        QSignalSpy progress(&task, &BackgroundTask::progress);
        task.start([&](const TaskControl &control) {
            control.report(0, 0);
            while (!control.cancelled())
                std::this_thread::yield();
            stopped = true;
            return BackgroundTask::Completion([&] { completed = true; });
        });
        ASSERT_TRUE(progress.wait(5000));
    }
    QCoreApplication::processEvents();
    EXPECT_TRUE(stopped.load());
    EXPECT_FALSE(completed);
}

TEST(BackgroundTask, Work_Throws_FailedWithTheMessageThenFinished)
{
    BackgroundTask task;
    QSignalSpy failed(&task, &BackgroundTask::failed);
    QSignalSpy finished(&task, &BackgroundTask::finished);

    task.start(
        [](const TaskControl &) -> BackgroundTask::Completion { throw std::runtime_error("disk on fire"); });

    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.constFirst().at(0).toString(), QStringLiteral("disk on fire"));
}

} // namespace
} // namespace baton::test
