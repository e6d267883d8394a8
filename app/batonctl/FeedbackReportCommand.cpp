#include "FeedbackReportCommand.h"

#include "CalibrationReport.h"
#include "CommandContext.h"
#include "CommandParser.h"
#include "InboxReport.h"
#include "ReportPeriod.h"
#include "feedback/FeedbackLabels.h"
#include "services/FeedbackService.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QStringList>

namespace baton::cli {
namespace {

const QString byOption = QStringLiteral("by");
const QString jsonOption = QStringLiteral("json");
const QString csvOption = QStringLiteral("csv");

QString dimensionNames()
{
    QStringList names;
    for (FeedbackDimension dimension : allFeedbackDimensions)
        names << feedbackDimensionName(dimension);
    return names.join(QStringLiteral(", "));
}

bool isInbox(FeedbackDimension by)
{
    return by == FeedbackDimension::Reason || by == FeedbackDimension::Owner;
}

void describe(CommandParser &parser)
{
    ReportPeriod::addOptions(parser, QStringLiteral("Required."), QStringLiteral("Required."));
    parser.addOption(QCommandLineOption(byOption,
                                        QStringLiteral("Group by %1 (default reason).").arg(dimensionNames()),
                                        QStringLiteral("DIMENSION")));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write one JSON object instead of text.")));
    parser.addOption(
        QCommandLineOption(csvOption, QStringLiteral("Write CSV with a header row instead of text.")));
    parser.addNote(
        QStringLiteral(
            "By reason or owner (who turned the lead down): the rejections and disqualifications of the\n"
            "period per value, with each one's count, its share of the period, its weekly average in the\n"
            "%1 weeks before and the change of its share in percentage points.\n"
            "By campaign, source, band (the score at handoff, %2 points wide) or rule (each rule that gave\n"
            "the lead points): the period's handoffs per value, with how many sales accepted (the\n"
            "acceptance rate is of those sales decided on), rejected, disqualified and converted, and the\n"
            "most frequent reason for turning them down.")
            .arg(FeedbackReportCommand::earlierWeeks)
            .arg(ScoreBand::width));
    parser.addExample(QStringLiteral("--db team.baton feedback report --from 2026-03-02 --to 2026-03-08"),
                      QStringLiteral("One week's rejection reasons against the four weeks before."));
    parser.addExample(
        QStringLiteral("--db team.baton feedback report --from 2026-01-01 --to 2026-03-31 --by "
                       "campaign --csv > campaigns.csv"),
        QStringLiteral("A quarter's acceptance and conversion per campaign, for a spreadsheet."));
    parser.addExample(
        QStringLiteral("--db team.baton feedback report --from 2026-03-02 --to 2026-03-08 --by band "
                       "--json"),
        QStringLiteral("How each score band fared, as JSON."));
}

} // namespace

int FeedbackReportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("feedback report"),
        QStringLiteral("--from DATE --to DATE [--by DIMENSION] [--json|--csv]"),
        QStringLiteral("The feedback loop's numbers for a period: why sales turned leads down, "
                       "and what sales\nmade of the handoffs by campaign, source, score band "
                       "and scoring rule."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (parser.isSet(jsonOption) && parser.isSet(csvOption))
        return parser.usageError(context, QStringLiteral("Choose one of --json and --csv."));
    auto period = ReportPeriod::required(parser);
    if (!period)
        return parser.usageError(context, period.error().message);
    FeedbackDimension by = FeedbackDimension::Reason;
    if (parser.isSet(byOption)) {
        const auto parsed = feedbackDimensionFromName(parser.value(byOption).trimmed());
        if (!parsed) {
            return parser.usageError(context, QStringLiteral("--by '%1' is not a grouping. Groupings: %2.")
                                                  .arg(parser.value(byOption), dimensionNames()));
        }
        by = *parsed;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    FeedbackService service(db, context.clock());
    QTextStream &out = context.out();

    if (isInbox(by)) {
        auto inbox = service.inbox(period->from(), period->to(), earlierWeeks);
        if (!inbox)
            return context.actionFailed(inbox.error());
        const InboxReport report(*inbox, by);
        if (parser.isSet(jsonOption))
            out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        else if (parser.isSet(csvOption))
            report.writeCsv(out);
        else
            report.writeText(out, *period);
        out.flush();
        return toInt(ExitCode::Ok);
    }

    auto rows = service.calibration(period->from(), period->to(), by);
    if (!rows)
        return context.actionFailed(rows.error());
    // By rule a handoff is in several rows; the totals count each once.
    CalibrationRow totals = CalibrationReport::sum(*rows);
    if (by == FeedbackDimension::Rule) {
        auto bands = service.calibration(period->from(), period->to(), FeedbackDimension::Band);
        if (!bands)
            return context.actionFailed(bands.error());
        totals = CalibrationReport::sum(*bands);
    }
    auto labels = FeedbackLabels::load(db);
    if (!labels)
        return context.actionFailed(labels.error());
    const CalibrationReport report(by, *rows, totals, *labels);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(report.toJson(*period)).toJson(QJsonDocument::Indented);
    else if (parser.isSet(csvOption))
        report.writeCsv(out);
    else
        report.writeText(out, *period);
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
