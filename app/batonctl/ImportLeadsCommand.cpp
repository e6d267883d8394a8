#include "ImportLeadsCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ImportSource.h"
#include "ImportText.h"
#include "import/ImportPreset.h"
#include "import/LeadImporter.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString presetOption = QStringLiteral("preset");
const QString mappingOption = QStringLiteral("mapping");
const QString duplicatesOption = QStringLiteral("duplicates");
const QString dryRunOption = QStringLiteral("dry-run");
const QString jsonOption = QStringLiteral("json");

} // namespace

int ImportLeadsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("import leads"),
        QStringLiteral(
            "FILE (--preset hubspot|salesforce|marketo | --mapping FILE) [--duplicates update|skip] "
            "[--dry-run] [--json]"),
        QStringLiteral(
            "Imports the leads of a CSV file: a HubSpot contacts export, a Salesforce leads report, a\n"
            "Marketo lead list, or any CSV through a mapping file. The whole file is written in one\n"
            "transaction: if it fails or is stopped, the Baton file is left as it was. Rows that cannot\n"
            "be read are listed with their row, column and reason; the rest imports. New leads are\n"
            "scored with the effective definition; those that meet it are handed over and routed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    parser.addOption(QCommandLineOption(
        presetOption,
        QStringLiteral("The export it comes from: %1.").arg(ImportPreset::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(mappingOption,
                                        QStringLiteral("A column mapping file (see `import mapping`)."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        duplicatesOption,
        QStringLiteral("A lead whose e-mail is already known: update it with the row's values (default), "
                       "or skip the row."),
        QStringLiteral("update|skip")));
    parser.addOption(QCommandLineOption(
        dryRunOption, QStringLiteral("Read and check the whole file, show the first rows as mapped and "
                                     "the refused rows, and write nothing.")));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the result as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton import leads contacts.csv --preset hubspot --dry-run"),
                      QStringLiteral("What a HubSpot export would import, without importing it."));
    parser.addExample(
        QStringLiteral("--db team.baton import leads list.csv --mapping our-crm.json --duplicates skip"),
        QStringLiteral("Any CSV through a saved mapping; known e-mails are left alone."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto mapping = ImportSource::mapping(parser.value(presetOption), parser.value(mappingOption));
    if (!mapping) {
        if (mapping.error().kind == ErrorKind::InvalidInput && !parser.isSet(mappingOption))
            return parser.usageError(context, mapping.error().message);
        return context.fail(ExitCode::Failed, mapping.error().message);
    }
    ImportOptions options;
    options.dryRun = parser.isSet(dryRunOption);
    if (parser.isSet(duplicatesOption)) {
        const QString policy = parser.value(duplicatesOption);
        if (policy == QLatin1String("update"))
            options.duplicates = DuplicatePolicy::Update;
        else if (policy == QLatin1String("skip"))
            options.duplicates = DuplicatePolicy::Skip;
        else
            return parser.usageError(context,
                                     QStringLiteral("--duplicates is update or skip, not '%1'.").arg(policy));
    }
    const QString path = parser.positionalArguments().constFirst();
    auto file = ImportSource::open(path);
    if (!file)
        return context.fail(ExitCode::Failed, file.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    const QString name = QFileInfo(path).fileName();
    auto result = LeadImporter(**opened, context.clock())
                      .run(**file, *mapping, options, ImportText::progress(context, name));
    return ImportText::finish(context, ImportText::Kind::Leads, name, result, parser.isSet(jsonOption));
}

} // namespace baton::cli
