#include "ExportLeadsCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ExportOutput.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "export/LeadExport.h"
#include "storage/Database.h"

namespace baton::cli {
namespace {

const QString ownerOption = QStringLiteral("owner");
const QString stageOption = QStringLiteral("stage");
const QString jsonOption = QStringLiteral("json");

void describe(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(
        ownerOption, QStringLiteral("Only leads owned by this user (login or id)."), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(
        stageOption, QStringLiteral("Only leads in this stage: %1.").arg(ValueParser::stageNames()),
        QStringLiteral("STAGE")));
    parser.addOption(QCommandLineOption(jsonOption,
                                        QStringLiteral("Write the JSON array to FILE, or to stdout for -."),
                                        QStringLiteral("FILE")));
    parser.addNote(QStringLiteral(
        "Each lead, in id order, with its person, company, owner and campaign, and its events,\n"
        "stageChanges, activities, handoffs, routingDecisions (each oldest first) and opportunity.\n"
        "Times are ISO 8601 UTC, money in minor units. Leads are written one at a time: a file of\n"
        "a million leads exports without holding them in memory."));
    parser.addExample(QStringLiteral("--db team.baton export leads --json leads.json"),
                      QStringLiteral("Every lead with its history."));
    parser.addExample(QStringLiteral("--db team.baton export leads --stage rejected --json - | jq length"),
                      QStringLiteral("How many rejected leads there are, through jq."));
}

} // namespace

int ExportLeadsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("export leads"),
                         QStringLiteral("[--stage STAGE] [--owner USER] --json FILE|-"),
                         QStringLiteral("Writes leads with their whole history as a JSON array."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (!parser.isSet(jsonOption) || parser.value(jsonOption).isEmpty())
        return parser.usageError(context, QStringLiteral("--json FILE is required (- for stdout)."));

    LeadIdFilter filter;
    if (parser.isSet(stageOption)) {
        auto stage = ValueParser::stage(parser.value(stageOption));
        if (!stage)
            return parser.usageError(context, stage.error().message);
        filter.stage = *stage;
    }

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

    ExportOutput output(parser.value(jsonOption), context.out());
    auto stream = output.open();
    if (!stream)
        return context.actionFailed(stream.error());
    LeadExport exporter(db);
    auto written = exporter.writeJson(filter, **stream);
    if (!written)
        return context.actionFailed(written.error());
    if (auto committed = output.commit(); !committed)
        return context.actionFailed(committed.error());
    if (!output.toStandardOutput())
        context.err() << "Wrote " << *written << (*written == 1 ? " lead" : " leads") << " to "
                      << parser.value(jsonOption) << ".\n";
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
