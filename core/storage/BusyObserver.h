#pragma once

namespace baton {

/// Told when a write finds the file locked by another program and starts trying again, and when
/// the wait is over (written or given up). The desktop shows that it is waiting.
class BusyObserver {
public:
    BusyObserver() = default;
    BusyObserver(const BusyObserver &) = delete;
    BusyObserver &operator=(const BusyObserver &) = delete;
    virtual ~BusyObserver() = default;

    virtual void waitingStarted() = 0;
    virtual void waitingEnded() = 0;
};

} // namespace baton
