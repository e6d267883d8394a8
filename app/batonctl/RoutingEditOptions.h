#pragma once

#include "common/Result.h"

#include <QString>

namespace baton::cli {

class CommandParser;

/// The options of `team set`: their names, their help, and which go together (--member only
/// with --pool, --away only with --person, …).
class RoutingEditOptions {
public:
    static inline const QString team = QStringLiteral("team");
    static inline const QString pool = QStringLiteral("pool");
    static inline const QString person = QStringLiteral("person");
    static inline const QString fallbackPool = QStringLiteral("fallback-pool");
    static inline const QString timeZone = QStringLiteral("time-zone");
    static inline const QString hours = QStringLiteral("hours");
    static inline const QString holiday = QStringLiteral("holiday");
    static inline const QString noHoliday = QStringLiteral("no-holiday");
    static inline const QString warnBefore = QStringLiteral("warn-before");
    static inline const QString reassignAfter = QStringLiteral("reassign-after");
    static inline const QString reassignPool = QStringLiteral("reassign-pool");
    static inline const QString member = QStringLiteral("member");
    static inline const QString removeMember = QStringLiteral("remove-member");
    static inline const QString weight = QStringLiteral("weight");
    static inline const QString dailyCap = QStringLiteral("daily-cap");
    static inline const QString openCap = QStringLiteral("open-cap");
    static inline const QString deletePool = QStringLiteral("delete-pool");
    static inline const QString away = QStringLiteral("away");
    static inline const QString back = QStringLiteral("back");

    static void addTo(CommandParser &parser);
    /// Checks that each option comes with the part it changes; a failure names the option.
    static Result<void> checkCombination(const CommandParser &parser);
    /// "--team", for messages.
    static QString dashed(const QString &option) { return QStringLiteral("--") + option; }
};

} // namespace baton::cli
