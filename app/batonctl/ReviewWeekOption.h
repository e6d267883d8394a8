#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace baton {
class Clock;
class Database;
} // namespace baton

namespace baton::cli {

class CommandParser;

/// --week DATE for the joint review's commands: any day of the week names it (a week is named by
/// its Monday). Without --week, the week "now" falls in, in --zone or else the sales teams' time
/// zone (UTC when they have none, or several).
class ReviewWeekOption {
public:
    /// Adds --week (required or with "this week" as default) and, when it has a default, --zone.
    static void add(CommandParser &parser, bool required);
    /// Checks --week and --zone before the file is opened; a failure is a usage error.
    static Result<void> check(const CommandParser &parser, bool required);
    /// The Monday of the week asked for.
    static Result<QDate> resolve(const CommandParser &parser, Database &db, const Clock &clock);
    /// The zone weeks begin in: --zone, else the sales teams' one zone (UTC when they have several).
    static Result<QTimeZone> zone(const CommandParser &parser, Database &db, const Clock &clock);
    /// "the week of Monday 2026-03-02".
    static QString text(const QDate &monday);
};

} // namespace baton::cli
