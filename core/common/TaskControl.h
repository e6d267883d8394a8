#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace baton {

/// How a long task reports its progress and learns that the person stopped it. Both are optional:
/// a default TaskControl runs to the end silently. The task calls report() now and then, from its
/// own thread, and checks cancelled() between steps.
struct TaskControl {
    std::function<void(qint64 done, qint64 total)> onProgress;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
};

} // namespace baton
