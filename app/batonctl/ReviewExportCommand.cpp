#include "ReviewExportCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReviewFilterOptions.h"
#include "ReviewWeekOption.h"
#include "RoutingValueParser.h"
#include "metrics/ReviewWeeks.h"
#include "review/ReviewCsv.h"
#include "review/ReviewDocument.h"
#include "services/MetricsService.h"
#include "storage/Database.h"

#ifdef BATON_CLI_WITH_UI
#include "review/ReviewPdf.h"
#endif

namespace baton::cli {
namespace {

const QString pdfOption = QStringLiteral("pdf");
const QString csvOption = QStringLiteral("csv");
const QString zoneOption = QStringLiteral("zone");

void describe(CommandParser &parser)
{
    ReviewWeekOption::add(parser, true);
    parser.addOption(QCommandLineOption(pdfOption, QStringLiteral("Write the review as a PDF (A4) to FILE."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        csvOption, QStringLiteral("Write the review's metrics as CSV to FILE."), QStringLiteral("FILE")));
    ReviewFilterOptions::add(parser, false);
    parser.addOption(QCommandLineOption(
        zoneOption,
        QStringLiteral("The time zone the week begins on Monday in (default: the team's with --team, else "
                       "this computer's, as on the Review page)."),
        QStringLiteral("ZONE")));
    parser.addNote(QStringLiteral(
        "The PDF holds what the Review page shows: the week's numbers against the week before and the\n"
        "agreed targets, its six charts, the numbers by owner and by campaign, the rejection reasons,\n"
        "then the week's decisions and action items (with those carried over). The CSV has one row per\n"
        "week of the 12-week series (the week itself last), per owner and per campaign; its first\n"
        "column, group, says which. The metrics are defined in docs/metrics.md. An existing file is\n"
        "replaced only once the new one is written whole."));
    parser.addExample(QStringLiteral("--db team.baton review export --week 2026-03-02 --pdf review.pdf"),
                      QStringLiteral("The review of the week of 2 March, to send to those who missed it."));
    parser.addExample(
        QStringLiteral("--db team.baton review export --week 2026-03-02 --campaign 3 --csv webinar.csv"),
        QStringLiteral("The same week's metrics for one campaign, for a spreadsheet."));
}

} // namespace

bool ReviewExportCommand::needsWidgets(const QStringList &args)
{
    const qsizetype review = args.indexOf(QStringLiteral("review"));
    if (review < 0 || args.value(review + 1) != QLatin1String("export"))
        return false;
    for (qsizetype i = review + 2; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--pdf") || args[i].startsWith(QLatin1String("--pdf=")))
            return true;
    }
    return false;
}

int ReviewExportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("review export"),
        QStringLiteral("--week DATE (--pdf FILE | --csv FILE) [--campaign ID] [--owner USER] "
                       "[--team TEAM] [--zone ZONE]"),
        QStringLiteral("Writes the joint review of a week as a PDF to send to people who were "
                       "not there,\nor its metrics as CSV."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (auto checked = ReviewWeekOption::check(parser, true); !checked)
        return parser.usageError(context, checked.error().message);
    const bool pdf = parser.isSet(pdfOption);
    if (pdf == parser.isSet(csvOption))
        return parser.usageError(context, QStringLiteral("Choose one of --pdf FILE and --csv FILE."));
    const QString path = parser.value(pdf ? pdfOption : csvOption);
    if (path.trimmed().isEmpty())
        return parser.usageError(context,
                                 QStringLiteral("--%1 needs a file name.").arg(pdf ? pdfOption : csvOption));
    std::optional<QTimeZone> zone;
    if (parser.isSet(zoneOption)) {
        auto parsed = RoutingValueParser::timeZone(parser.value(zoneOption), QStringLiteral("--zone"));
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        zone = QTimeZone(parsed->toUtf8());
    }
#ifndef BATON_CLI_WITH_UI
    if (pdf) {
        return context.fail(
            ExitCode::Failed,
            QStringLiteral("This batonctl was built without the desktop app (BATON_BUILD_GUI=OFF), "
                           "which draws the PDF's charts. Use --csv, or a batonctl built with it."));
    }
#endif

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto filter = ReviewFilterOptions::read(parser, db);
    if (!filter)
        return parser.usageError(context, filter.error().message);
    auto week = ReviewWeekOption::resolve(parser, db, context.clock());
    if (!week)
        return context.actionFailed(week.error());
    if (!zone && filter->team) {
        auto teamZone = MetricsService(db, context.clock()).teamZone(*filter->team);
        if (!teamZone)
            return context.actionFailed(teamZone.error());
        zone = *teamZone;
    }

    // As on the Review page and in `report`: this computer's zone unless told otherwise.
    const QTimeZone reviewZone = zone.value_or(QTimeZone::systemTimeZone());
    ReviewRequest request;
    request.zone = reviewZone;
    request.from = ReviewWeeks::start(*week, reviewZone);
    request.to = ReviewWeeks::start(week->addDays(7), reviewZone);
    request.filter = *filter;
    auto numbers = ReviewNumbers::count(db, context.clock(), request);
    if (!numbers)
        return context.actionFailed(numbers.error());

    QTextStream &out = context.out();
    if (!pdf) {
        auto saved = ReviewCsv::saveReview(path, numbers->review, numbers->owners, numbers->campaigns);
        if (!saved)
            return context.fail(ExitCode::Failed, saved.error().message);
        out << "Wrote the metrics of " << ReviewWeekOption::text(*week) << " to " << path << '.' << Qt::endl;
        return toInt(ExitCode::Ok);
    }
#ifdef BATON_CLI_WITH_UI
    auto document = ReviewDocument::assemble(db, context.clock(), std::move(*numbers));
    if (!document)
        return context.actionFailed(document.error());
    auto pages = ReviewPdf(*document).write(path);
    if (!pages)
        return context.fail(ExitCode::Failed, pages.error().message);
    out << "Wrote the review of " << ReviewWeekOption::text(*week) << " to " << path << " (" << *pages
        << (*pages == 1 ? " page" : " pages") << ")." << Qt::endl;
#endif
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
