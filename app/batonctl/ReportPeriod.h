#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace baton::cli {

class CommandParser;

/// The stretch of time a report or list covers, [from, to) in UTC, as --from and --to give it:
/// a date is a whole day (--to includes its day), an ISO 8601 time is that moment.
class ReportPeriod {
public:
    ReportPeriod(QDateTime from, QDateTime to)
        : m_from(std::move(from))
        , m_to(std::move(to))
    {}

    const QDateTime &from() const { return m_from; }
    const QDateTime &to() const { return m_to; }

    /// Adds --from and --to; `fromDefault` and `toDefault` say what happens without them.
    static void addOptions(CommandParser &parser, const QString &fromDefault, const QString &toDefault);
    /// Both --from and --to must be given.
    static Result<ReportPeriod> required(const CommandParser &parser);
    /// Without --to: up to now, included; without --from: `days` days before the end.
    static Result<ReportPeriod> recent(const CommandParser &parser, const QDateTime &now, int days);

    /// "2026-03-02 to 2026-03-08" for whole days, else "2026-03-02 09:00 to 2026-03-10 11:30 UTC".
    QString text() const;

private:
    static Result<QDateTime> parse(const QString &text, const QString &option, bool end);
    static Result<ReportPeriod> checked(QDateTime from, QDateTime to);

    QDateTime m_from;
    QDateTime m_to;
};

} // namespace baton::cli
