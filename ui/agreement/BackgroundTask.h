#pragma once

#include "common/TaskControl.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace baton {

/// Runs one long piece of work off the UI thread, with progress and cancel, and hands its
/// outcome back on the UI thread. The work gets a TaskControl wired to this task; it returns a
/// Completion, which runs on the UI thread once the work is done (that is where its result
/// reaches the widgets). Work that touches the file opens its own connection: a Database must
/// not be shared between threads.
///
/// Progress arrives throttled (at most about a thousand steps per run). Destroying the task
/// cancels the work and waits for it; its completion then never runs.
class BackgroundTask : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    using Completion = std::function<void()>;
    using Work = std::function<Completion(const TaskControl &control)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    /// Starts the work on a thread of its own; false (and nothing started) while one runs.
    bool start(Work work);
    /// Asks the work to stop; it stops at its next check of TaskControl::cancelled().
    void cancel();
    /// From start() until the completion has run on the UI thread.
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.load(); }

Q_SIGNALS:
    void started();
    /// `total` is 0 while the work does not know yet how much there is.
    void progress(qint64 done, qint64 total);
    /// After the completion ran; `cancelled` says whether cancel was asked for.
    void finished(bool cancelled);
    /// The work threw instead of returning; no completion ran (finished() follows).
    void failed(const QString &message);

private:
    void run(const Work &work);
    void complete(const Completion &completion);
    void joinWorker();

    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace baton
