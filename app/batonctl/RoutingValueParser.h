#pragma once

#include "common/Result.h"
#include "routing/PersonAvailability.h"
#include "sla/WeeklyHours.h"

#include <QDate>
#include <QString>

#include <optional>

namespace baton::cli {

/// Turns the values of routing's options into values, as ValueParser does for the rest; each
/// failure is a sentence that names the option ("--hours") and says what is expected.
class RoutingValueParser {
public:
    /// An IANA time zone name: "America/New_York", "UTC".
    static Result<QString> timeZone(const QString &text, const QString &option);
    /// Weekly hours as WeeklyHours::parse reads them: "mon-fri 09:00-17:00; sat 10:00-14:00".
    static Result<WeeklyHours> hours(const QString &text, const QString &option);
    /// A whole number from 0 to maximum, or "none" (no cap: an empty value).
    static Result<std::optional<int>> cap(const QString &text, const QString &option, int maximum);
    /// YYYY-MM-DD.
    static Result<QDate> date(const QString &text, const QString &option);
    /// "2026-03-09..2026-03-13", both included, or one date for one day.
    static Result<Absence> absence(const QString &text, const QString &option);
};

} // namespace baton::cli
