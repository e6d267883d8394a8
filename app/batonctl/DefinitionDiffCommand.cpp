#include "DefinitionDiffCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "services/AgreementService.h"
#include "storage/Database.h"

namespace baton::cli {

int DefinitionDiffCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition diff"), QStringLiteral("A B"),
                         QStringLiteral("Shows, rule by rule, what changes from version A to version B: "
                                        "+ added,\n- removed, ~ changed with each property's old and new "
                                        "value. Version 0 is the built-in defaults."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The older version."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The newer version."));
    parser.addExample(QStringLiteral("--db team.baton definition diff 1 2"),
                      QStringLiteral("Where sales' draft differs from marketing's."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto a = DefinitionText::number(parser.positionalArguments().at(0), true);
    if (!a)
        return parser.usageError(context, a.error().message);
    auto b = DefinitionText::number(parser.positionalArguments().at(1), true);
    if (!b)
        return parser.usageError(context, b.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto differences = AgreementService(**opened, context.clock()).diff(*a, *b);
    if (!differences)
        return context.actionFailed(differences.error());
    DefinitionText::writeDifferences(context.out(), *differences);
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
