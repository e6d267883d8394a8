#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

#include <memory>

namespace baton::cli {

/// Chooses "now" for a run: the time in BATON_NOW when set (reproducible scripts and
/// tests), else the wall clock.
class ClockFactory {
public:
    static constexpr const char *variable = "BATON_NOW";

    static Result<std::unique_ptr<Clock>> fromEnvironment();
    /// Parses an ISO 8601 time; one without an offset is taken as UTC.
    static Result<QDateTime> parseTime(const QString &text);
};

} // namespace baton::cli
