#include "ReportPeriod.h"

#include "CommandParser.h"
#include "TextFormat.h"
#include "ValueParser.h"

#include <QTimeZone>

namespace baton::cli {
namespace {

const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
constexpr int dateLength = 10; // YYYY-MM-DD

bool isMidnight(const QDateTime &time)
{
    return time.toUTC().time() == QTime(0, 0);
}

} // namespace

void ReportPeriod::addOptions(CommandParser &parser, const QString &fromDefault, const QString &toDefault)
{
    parser.addOption(QCommandLineOption(
        fromOption,
        QStringLiteral("The first day, YYYY-MM-DD (UTC), or an ISO 8601 time. %1").arg(fromDefault),
        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(
        toOption, QStringLiteral("The last day, included, or an ISO 8601 time (excluded). %1").arg(toDefault),
        QStringLiteral("DATE")));
}

Result<ReportPeriod> ReportPeriod::required(const CommandParser &parser)
{
    if (!parser.isSet(fromOption) || !parser.isSet(toOption)) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1 needs --from DATE and --to DATE: the period to look at, e.g. "
                                        "--from 2026-03-02 --to 2026-03-08.")
                             .arg(parser.command()));
    }
    auto from = parse(parser.value(fromOption), QStringLiteral("--from"), false);
    if (!from)
        return from.error();
    auto to = parse(parser.value(toOption), QStringLiteral("--to"), true);
    if (!to)
        return to.error();
    return checked(*from, *to);
}

Result<ReportPeriod> ReportPeriod::recent(const CommandParser &parser, const QDateTime &now, int days)
{
    QDateTime to = now.toUTC().addSecs(1); // stored times are whole seconds: now is included
    if (parser.isSet(toOption)) {
        auto parsed = parse(parser.value(toOption), QStringLiteral("--to"), true);
        if (!parsed)
            return parsed.error();
        to = *parsed;
    }
    QDateTime from = now.toUTC().addDays(-days);
    if (parser.isSet(fromOption)) {
        auto parsed = parse(parser.value(fromOption), QStringLiteral("--from"), false);
        if (!parsed)
            return parsed.error();
        from = *parsed;
    } else if (parser.isSet(toOption)) {
        from = to.addDays(-days);
    }
    return checked(from, to);
}

QString ReportPeriod::text() const
{
    if (isMidnight(m_from) && isMidnight(m_to)) {
        return QStringLiteral("%1 to %2")
            .arg(TextFormat::date(m_from.toUTC().date()), TextFormat::date(m_to.toUTC().date().addDays(-1)));
    }
    return QStringLiteral("%1 to %2 UTC").arg(TextFormat::time(m_from), TextFormat::time(m_to));
}

Result<QDateTime> ReportPeriod::parse(const QString &text, const QString &option, bool end)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == dateLength) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
    }
    auto time = ValueParser::time(trimmed);
    if (!time) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1 '%2' is neither a date nor a time. Use YYYY-MM-DD, e.g. "
                                        "2026-03-02, or ISO 8601, e.g. 2026-03-02T09:00:00Z.")
                             .arg(option, text));
    }
    return *time;
}

Result<ReportPeriod> ReportPeriod::checked(QDateTime from, QDateTime to)
{
    if (from >= to) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("The period from %1 to %2 is empty: --from must come before --to.")
                             .arg(TextFormat::time(from), TextFormat::time(to)));
    }
    return ReportPeriod(std::move(from), std::move(to));
}

} // namespace baton::cli
