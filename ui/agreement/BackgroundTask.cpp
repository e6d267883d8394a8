#include "agreement/BackgroundTask.h"

#include <QMetaObject>

#include <exception>

namespace baton {
namespace {

/// A progress step worth showing: the permille done, or -1 while the total is unknown.
qint64 stepOf(qint64 done, qint64 total)
{
    if (total <= 0)
        return -1;
    return done >= total ? 1000 : done * 1000 / total;
}

} // namespace

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{}

BackgroundTask::~BackgroundTask()
{
    m_cancel.store(true);
    joinWorker();
}

bool BackgroundTask::start(Work work)
{
    if (m_running || !work)
        return false;
    joinWorker(); // the previous run's thread has handed over its completion already
    m_cancel.store(false);
    m_running = true;
    Q_EMIT started();
    m_worker = std::thread([this, work = std::move(work)] { run(work); });
    return true;
}

void BackgroundTask::cancel()
{
    if (m_running)
        m_cancel.store(true);
}

void BackgroundTask::run(const Work &work)
{
    TaskControl control;
    control.cancel = &m_cancel;
    control.onProgress = [this, lastStep = qint64(-2), lastTotal = qint64(-1)](qint64 done,
                                                                               qint64 total) mutable {
        const qint64 step = stepOf(done, total);
        if (step == lastStep && total == lastTotal)
            return;
        lastStep = step;
        lastTotal = total;
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    };

    Completion completion;
    QString failure;
    try {
        completion = work(control);
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    } catch (...) {
        failure = tr("The task stopped with an unexpected error.");
    }
    QMetaObject::invokeMethod(
        this,
        [this, completion = std::move(completion), failure] {
            if (!failure.isEmpty())
                Q_EMIT failed(failure);
            complete(completion);
        },
        Qt::QueuedConnection);
}

void BackgroundTask::complete(const Completion &completion)
{
    joinWorker();
    m_running = false;
    if (completion)
        completion();
    Q_EMIT finished(m_cancel.load());
}

void BackgroundTask::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace baton
