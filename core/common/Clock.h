#pragma once

#include <QDateTime>

namespace baton {

/// The source of "now" for every rule that depends on time; injected so tests never sleep.
class Clock {
public:
    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;
    virtual ~Clock() = default;

    /// The current time in UTC.
    virtual QDateTime now() const = 0;
};

} // namespace baton
