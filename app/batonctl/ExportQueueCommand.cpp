#include "ExportQueueCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ExportOutput.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "export/QueueCsv.h"
#include "storage/Database.h"

#include <limits>

namespace baton::cli {
namespace {

const QString ownerOption = QStringLiteral("owner");
const QString stageOption = QStringLiteral("stage");
const QString campaignOption = QStringLiteral("campaign");
const QString searchOption = QStringLiteral("search");
const QString csvOption = QStringLiteral("csv");

void describe(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(
        ownerOption, QStringLiteral("Only this user's queue (login or id); without it, everyone's."),
        QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(
        stageOption,
        QStringLiteral("mql or sal for the open leads in that stage (default: both), sql for the "
                       "opportunities."),
        QStringLiteral("STAGE")));
    parser.addOption(QCommandLineOption(
        campaignOption, QStringLiteral("Only leads from this campaign, by id."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(
        searchOption, QStringLiteral("Only leads whose name, company or email contains TEXT."),
        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        csvOption, QStringLiteral("Write the CSV to FILE, or to stdout for -."), QStringLiteral("FILE")));
    parser.addNote(QStringLiteral("Columns: %1. Rows in queue order, most urgent first; times in UTC.")
                       .arg(QueueCsv::header().join(QStringLiteral(", "))));
    parser.addExample(QStringLiteral("--db team.baton export queue --owner sam.sdr --csv sam.csv"),
                      QStringLiteral("Sam's queue as a spreadsheet."));
    parser.addExample(QStringLiteral("--db team.baton export queue --stage sql --csv -"),
                      QStringLiteral("The opportunities, to stdout."));
}

} // namespace

int ExportQueueCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("export queue"),
        QStringLiteral("[--owner USER] [--stage mql|sal|sql] [--campaign ID] [--search TEXT] "
                       "--csv FILE|-"),
        QStringLiteral("Writes a queue or list as CSV, with the columns the desktop's queue "
                       "shows."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (!parser.isSet(csvOption) || parser.value(csvOption).isEmpty())
        return parser.usageError(context, QStringLiteral("--csv FILE is required (- for stdout)."));

    QueueFilter filter;
    if (parser.isSet(stageOption)) {
        auto stage = ValueParser::stage(parser.value(stageOption));
        if (!stage)
            return parser.usageError(context, stage.error().message);
        if (*stage != Stage::Mql && *stage != Stage::Sal && *stage != Stage::Sql)
            return parser.usageError(context,
                                     QStringLiteral("--stage is mql or sal for a queue, or sql for the "
                                                    "opportunities."));
        filter.stage = *stage;
    }
    if (parser.isSet(campaignOption)) {
        auto id = ValueParser::count(parser.value(campaignOption), QStringLiteral("--campaign"), 1,
                                     std::numeric_limits<qint64>::max());
        if (!id)
            return parser.usageError(context, id.error().message);
        filter.campaignId = *id;
    }
    filter.search = parser.value(searchOption);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    if (parser.isSet(ownerOption)) {
        auto owner = UserResolver::resolve(db, parser.value(ownerOption), QStringLiteral("--owner"));
        if (!owner)
            return context.actionFailed(owner.error());
        filter.ownerId = owner->id;
    }

    ExportOutput output(parser.value(csvOption), context.out());
    auto stream = output.open();
    if (!stream)
        return context.actionFailed(stream.error());
    auto written = QueueCsv::write(db, filter, **stream);
    if (!written)
        return context.actionFailed(written.error());
    if (auto committed = output.commit(); !committed)
        return context.actionFailed(committed.error());
    if (!output.toStandardOutput())
        context.err() << "Wrote " << *written << (*written == 1 ? " lead" : " leads") << " to "
                      << parser.value(csvOption) << ".\n";
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
