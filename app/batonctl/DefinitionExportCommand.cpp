#include "DefinitionExportCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "agreement/DefinitionJson.h"
#include "services/AgreementService.h"
#include "storage/Database.h"

namespace baton::cli {

int DefinitionExportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition export"), QStringLiteral("N"),
                         QStringLiteral("Writes a version's definition as JSON on stdout, in the format "
                                        "`definition import`\nreads. Version 0 is the built-in defaults."));
    parser.addPositionalArgument(QStringLiteral("N"),
                                 QStringLiteral("The version number (definition list)."));
    parser.addExample(QStringLiteral("--db team.baton definition export 3 > marketing.json"),
                      QStringLiteral("A starting point for marketing's next draft."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto number = DefinitionText::number(parser.positionalArguments().constFirst(), true);
    if (!number)
        return parser.usageError(context, number.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto version = AgreementService(**opened, context.clock()).find(*number);
    if (!version)
        return context.actionFailed(version.error());
    context.out() << DefinitionJson::toJson(version->definition);
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
