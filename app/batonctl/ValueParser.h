#pragma once

#include "common/Result.h"
#include "domain/ActivityType.h"
#include "domain/EventType.h"
#include "domain/Role.h"
#include "domain/Stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace baton::cli {

/// Turns command-line text into values. Each failure is a sentence that says what was
/// expected; the commands report it as a usage error.
class ValueParser {
public:
    /// A lead id: a positive whole number.
    static Result<qint64> leadId(const QString &text);
    /// A rejection review's id: a positive whole number.
    static Result<qint64> reviewId(const QString &text);
    /// A whole number from minimum to maximum; what names the option in messages ("--limit").
    static Result<qint64> count(const QString &text, const QString &what, qint64 minimum, qint64 maximum);
    /// A seed for the demo generator: any unsigned 64-bit number.
    static Result<quint64> seed(const QString &text);
    /// An amount in currency units ("12500", "12500.5", "12500.50") as minor units (cents).
    static Result<qint64> money(const QString &text);
    /// A stage by its name: nurture, mql, sal, sql, rejected, disqualified, recycled.
    static Result<Stage> stage(const QString &text);
    /// An activity type by its name: call, email, meeting, linkedin, note.
    static Result<ActivityType> activityType(const QString &text);
    /// An outcome that fits the activity type.
    static Result<QString> outcome(ActivityType type, const QString &text);
    /// A calendar date, YYYY-MM-DD.
    static Result<QDate> date(const QString &text);
    /// A moment: ISO 8601 ("2026-03-10T09:00:00Z", "2026-03-10T10:00+01:00") or "2026-03-10 09:00"
    /// (UTC when no offset is given).
    static Result<QDateTime> time(const QString &text);
    /// An engagement event type by its name: page_view, demo_request, …
    static Result<EventType> eventType(const QString &text);
    /// A user's role by its name: sdr, sales_manager, marketing_manager, admin.
    static Result<Role> role(const QString &text);

    /// "nurture, mql, …" for messages and help.
    static QString stageNames();
    static QString activityTypeNames();
    static QString roleNames();
    static QString eventTypeNames();
};

} // namespace baton::cli
