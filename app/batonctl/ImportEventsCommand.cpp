#include "ImportEventsCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ImportSource.h"
#include "ImportText.h"
#include "import/EventImporter.h"
#include "import/ImportPreset.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString mappingOption = QStringLiteral("mapping");
const QString dryRunOption = QStringLiteral("dry-run");
const QString jsonOption = QStringLiteral("json");

} // namespace

int ImportEventsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("import events"), QStringLiteral("FILE [--mapping FILE] [--dry-run] [--json]"),
        QStringLiteral(
            "Imports engagement events from a CSV file with the columns email, type, time, and\n"
            "optionally detail and campaign. Each event is stored against the lead with that e-mail;\n"
            "a lead in nurture that now meets the agreed definition is handed over and routed. The\n"
            "whole file is written in one transaction, or nothing is."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    parser.addOption(QCommandLineOption(
        mappingOption, QStringLiteral("A column mapping file for other headers or date formats."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        dryRunOption, QStringLiteral("Read and check the whole file, show the first rows and the refused "
                                     "rows, and write nothing.")));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the result as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton import events webinar.csv"),
                      QStringLiteral("The attendees of a webinar, as events of their leads."));
    parser.addNote(QStringLiteral(
        "Types: page_view, content_download, webinar_registered, webinar_attended, webinar_question,\n"
        "form_submit, demo_request, email_open, email_click, event_visit (or their labels). Times:\n"
        "ISO 8601 (with Z or an offset, or UTC), YYYY-MM-DD hh:mm:ss, MM/DD/YYYY hh:mm AM."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    ColumnMapping mapping = ImportPreset::events();
    if (parser.isSet(mappingOption)) {
        auto loaded = ColumnMapping::load(parser.value(mappingOption));
        if (!loaded)
            return context.fail(ExitCode::Failed, loaded.error().message);
        mapping = std::move(loaded).value();
    }
    ImportOptions options;
    options.dryRun = parser.isSet(dryRunOption);
    const QString path = parser.positionalArguments().constFirst();
    auto file = ImportSource::open(path);
    if (!file)
        return context.fail(ExitCode::Failed, file.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    const QString name = QFileInfo(path).fileName();
    auto result = EventImporter(**opened, context.clock())
                      .run(**file, options, ImportText::progress(context, name), mapping);
    return ImportText::finish(context, ImportText::Kind::Events, name, result, parser.isSet(jsonOption));
}

} // namespace baton::cli
