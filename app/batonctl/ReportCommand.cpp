#include "ReportCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReportPeriod.h"
#include "ReviewFilterOptions.h"
#include "ReviewReport.h"
#include "feedback/FeedbackLabels.h"
#include "review/ReviewCsv.h"
#include "services/MetricsService.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString byOption = QStringLiteral("by");
const QString zoneOption = QStringLiteral("zone");
const QString jsonOption = QStringLiteral("json");
const QString csvOption = QStringLiteral("csv");

void describe(CommandParser &parser)
{
    ReportPeriod::addOptions(parser, QStringLiteral("Required."), QStringLiteral("Required."));
    parser.addOption(QCommandLineOption(
        byOption,
        QStringLiteral("One row per week, campaign, segment or owner instead of the period against "
                       "the one before it."),
        QStringLiteral("week|campaign|segment|owner")));
    ReviewFilterOptions::add(parser, true);
    parser.addOption(QCommandLineOption(
        zoneOption,
        QStringLiteral("The time zone weeks begin on Monday in, and dates are read in (default: the team's "
                       "with --team, else this computer's)."),
        QStringLiteral("ZONE")));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write one JSON object instead of text.")));
    parser.addOption(
        QCommandLineOption(csvOption, QStringLiteral("Write CSV with a header row instead of text.")));
    parser.addNote(QStringLiteral(
        "Each metric is defined, with its formula, in docs/metrics.md. The handoffs counted are those\n"
        "handed over in the period; what sales made of them is counted as it stands now. Without --by,\n"
        "each metric is set against the period of the same length just before; the JSON also holds\n"
        "the weekly series (at least 12 weeks, ending with the period's last)."));
    parser.addExample(QStringLiteral("--db team.baton report --from 2026-03-02 --to 2026-03-08"),
                      QStringLiteral("One week's review against the week before."));
    parser.addExample(
        QStringLiteral(
            "--db team.baton report --from 2026-01-01 --to 2026-03-31 --by campaign --csv > q1.csv"),
        QStringLiteral("A quarter's metrics per campaign, for a spreadsheet."));
}

/// A whole-day period read in the review's zone instead of UTC.
QDateTime inZone(const QDateTime &utc, const QTimeZone &zone)
{
    if (utc.time() != QTime(0, 0))
        return utc;
    return QDateTime(utc.date(), QTime(0, 0), zone).toUTC();
}

} // namespace

int ReportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("report"),
        QStringLiteral("--from DATE --to DATE [--by week|campaign|segment|owner] [--campaign ID] "
                       "[--segment S] [--owner USER] [--team TEAM] [--zone ZONE] [--json|--csv]"),
        QStringLiteral("The joint review's metrics for the handoffs of a period: acceptance, "
                       "conversion,\ntime to first contact, SLA compliance, completeness, "
                       "rejection reasons and the rest."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (parser.isSet(jsonOption) && parser.isSet(csvOption))
        return parser.usageError(context, QStringLiteral("Choose one of --json and --csv."));
    auto period = ReportPeriod::required(parser);
    if (!period)
        return parser.usageError(context, period.error().message);
    const QString by = parser.value(byOption).trimmed().toLower();
    if (parser.isSet(byOption) && by != QLatin1String("week") && by != QLatin1String("campaign") &&
        by != QLatin1String("segment") && by != QLatin1String("owner")) {
        return parser.usageError(context,
                                 QStringLiteral("--by '%1' is not a grouping. Groupings: week, campaign, "
                                                "segment, owner.")
                                     .arg(parser.value(byOption)));
    }
    std::optional<QTimeZone> zone;
    if (parser.isSet(zoneOption)) {
        zone = QTimeZone(parser.value(zoneOption).trimmed().toUtf8());
        if (!zone->isValid()) {
            return parser.usageError(context, QStringLiteral("--zone '%1' is not a time zone (for example "
                                                             "Europe/London or UTC).")
                                                  .arg(parser.value(zoneOption)));
        }
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto filter = ReviewFilterOptions::read(parser, db);
    if (!filter)
        return parser.usageError(context, filter.error().message);
    MetricsService metrics(db, context.clock());
    if (!zone && filter->team) {
        auto teamZone = metrics.teamZone(*filter->team);
        if (!teamZone)
            return context.actionFailed(teamZone.error());
        zone = *teamZone;
    }
    const QTimeZone reviewZone = zone.value_or(QTimeZone::systemTimeZone());
    const QDateTime from = inZone(period->from(), reviewZone);
    const QDateTime to = inZone(period->to(), reviewZone);
    auto labels = FeedbackLabels::load(db);
    if (!labels)
        return context.actionFailed(labels.error());
    const ReviewReport report(std::move(labels).value());
    QTextStream &out = context.out();

    if (by == QLatin1String("campaign") || by == QLatin1String("segment") || by == QLatin1String("owner")) {
        const ReviewGrouping grouping = by == QLatin1String("campaign")  ? ReviewGrouping::Campaign
                                        : by == QLatin1String("segment") ? ReviewGrouping::Segment
                                                                         : ReviewGrouping::Owner;
        auto groups = metrics.breakdown(from, to, *filter, grouping);
        if (!groups)
            return context.actionFailed(groups.error());
        const auto rows = ReviewCsv::groupRows(*groups);
        if (parser.isSet(jsonOption))
            out << QJsonDocument(report.rowsJson(by, rows)).toJson(QJsonDocument::Indented);
        else if (parser.isSet(csvOption))
            ReviewCsv::writeRows(out, rows);
        else
            ReviewReport::writeRowsText(out, by.left(1).toUpper() + by.mid(1), rows);
        out.flush();
        return toInt(ExitCode::Ok);
    }

    auto review = metrics.review(from, to, reviewZone, *filter);
    if (!review)
        return context.actionFailed(review.error());
    if (by == QLatin1String("week")) {
        const auto rows = ReviewCsv::weekRows(*review);
        if (parser.isSet(jsonOption))
            out << QJsonDocument(report.rowsJson(by, rows)).toJson(QJsonDocument::Indented);
        else if (parser.isSet(csvOption))
            ReviewCsv::writeRows(out, rows);
        else
            ReviewReport::writeRowsText(out, QStringLiteral("Week from"), rows);
    } else if (parser.isSet(jsonOption)) {
        out << QJsonDocument(report.periodJson(*review)).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(csvOption)) {
        ReviewCsv::writePeriod(out, *review);
    } else {
        report.writePeriodText(out, *review, *period);
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
