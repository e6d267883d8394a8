#include "storage/BusyRetry.h"

#include "storage/BusyObserver.h"

#include <algorithm>
#include <thread>
#include <utility>

namespace baton {
namespace {

constexpr std::chrono::milliseconds defaultLimit{30'000};

/// Tells the observer the wait is over however the retry loop ends.
class WaitingScope {
public:
    explicit WaitingScope(BusyObserver *observer)
        : m_observer(observer)
    {}
    WaitingScope(const WaitingScope &) = delete;
    WaitingScope &operator=(const WaitingScope &) = delete;
    ~WaitingScope()
    {
        if (m_started && m_observer != nullptr)
            m_observer->waitingEnded();
    }
    void start()
    {
        if (m_started)
            return;
        m_started = true;
        if (m_observer != nullptr)
            m_observer->waitingStarted();
    }

private:
    BusyObserver *m_observer;
    bool m_started = false;
};

} // namespace

BusyRetry::BusyRetry()
    : BusyRetry([](Milliseconds pause) { std::this_thread::sleep_for(pause); },
                [start = std::chrono::steady_clock::now()] {
                    return std::chrono::duration_cast<Milliseconds>(std::chrono::steady_clock::now() - start);
                },
                defaultLimit)
{}

BusyRetry::BusyRetry(Pause pause, Elapsed elapsed, Milliseconds limit)
    : m_pause(std::move(pause))
    , m_elapsed(std::move(elapsed))
    , m_limit(limit)
{}

Result<void> BusyRetry::run(const std::function<Result<void>()> &attempt) const
{
    const Milliseconds started = m_elapsed();
    WaitingScope waiting(m_observer);
    Milliseconds pause = firstPause;
    for (;;) {
        auto result = attempt();
        if (result || result.error().kind != ErrorKind::Busy)
            return result;
        const Milliseconds waited = m_elapsed() - started;
        if (waited >= m_limit) {
            return makeError(ErrorKind::Busy,
                             QStringLiteral("The file stayed locked by another program for %1 seconds, so "
                                            "nothing was changed. A colleague may be importing or saving "
                                            "a large change: try again in a minute. If it keeps "
                                            "happening, ask whoever has the file open to close it.")
                                 .arg(waited.count() / 1000));
        }
        waiting.start();
        m_pause(std::min(pause, m_limit - waited));
        pause = std::min(pause * 2, longestPause);
    }
}

} // namespace baton
