#pragma once

#include "common/Clock.h"

namespace baton {

/// The wall clock.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace baton
