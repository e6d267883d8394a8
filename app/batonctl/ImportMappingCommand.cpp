#include "ImportMappingCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ImportSource.h"
#include "import/ImportPreset.h"

#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString presetOption = QStringLiteral("preset");
const QString eventsOption = QStringLiteral("events");

} // namespace

int ImportMappingCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("import mapping"), QStringLiteral("(--preset NAME | --events)"),
        QStringLiteral("Writes a column mapping as JSON on stdout: a preset's, or the columns of "
                       "an events file.\nEdit the headers, date formats and time zone for "
                       "your own export and give it to\n`import leads --mapping` (docs/"
                       "import-mapping.md describes the format)."));
    parser.setRequiresDatabase(false);
    parser.addOption(QCommandLineOption(
        presetOption, QStringLiteral("The preset: %1.").arg(ImportPreset::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(eventsOption, QStringLiteral("The columns `import events` reads.")));
    parser.addExample(QStringLiteral("import mapping --preset salesforce > our-crm.json"),
                      QStringLiteral("A mapping to adapt to another CRM's export."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    ColumnMapping mapping = ImportPreset::events();
    if (!parser.isSet(eventsOption)) {
        auto preset = ImportSource::mapping(parser.value(presetOption), QString());
        if (!preset)
            return parser.usageError(context, preset.error().message);
        mapping = std::move(preset).value();
    }
    context.out() << QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented);
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
