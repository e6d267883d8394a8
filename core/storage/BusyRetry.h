#pragma once

#include "common/Result.h"

#include <chrono>
#include <functional>

namespace baton {

class BusyObserver;

/// How a write that finds the file locked tries again. SQLite itself waits up to its busy timeout
/// on each attempt; past that, the attempt is repeated after a growing pause (50 ms doubling up to
/// 1 s) until the whole wait reaches the limit (30 s), then the write fails with ErrorKind::Busy.
/// The pause and the time are injected so that tests never sleep.
class BusyRetry {
public:
    using Milliseconds = std::chrono::milliseconds;
    using Pause = std::function<void(Milliseconds)>;
    using Elapsed = std::function<Milliseconds()>;

    /// Real pauses and the steady clock, with a 30 s limit.
    BusyRetry();
    BusyRetry(Pause pause, Elapsed elapsed, Milliseconds limit);

    void setObserver(BusyObserver *observer) { m_observer = observer; }
    BusyObserver *observer() const { return m_observer; }
    Milliseconds limit() const { return m_limit; }

    /// Runs attempt until it is not refused as busy, or the limit is reached.
    Result<void> run(const std::function<Result<void>()> &attempt) const;

    static constexpr Milliseconds firstPause{50};
    static constexpr Milliseconds longestPause{1000};

private:
    Pause m_pause;
    Elapsed m_elapsed;
    Milliseconds m_limit;
    BusyObserver *m_observer = nullptr;
};

} // namespace baton
