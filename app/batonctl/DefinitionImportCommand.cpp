#include "DefinitionImportCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "UserResolver.h"
#include "services/AgreementService.h"
#include "storage/Database.h"

namespace baton::cli {
namespace {

const QString teamOption = QStringLiteral("team");
const QString asOption = QStringLiteral("as");

} // namespace

int DefinitionImportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition import"),
                         QStringLiteral("FILE --team marketing|sales --as USER"),
                         QStringLiteral("Stores a JSON definition file as a new draft of that team. "
                                        "Marketing's draft is\nwritten by a marketing manager, sales' by a "
                                        "sales manager (or an admin). A file\nthat cannot be read or "
                                        "evaluated is refused, naming the place; nothing changes."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The JSON file (definition export)."));
    parser.addOption(QCommandLineOption(teamOption, QStringLiteral("Whose draft: marketing or sales."),
                                        QStringLiteral("TEAM")));
    parser.addOption(
        QCommandLineOption(asOption, QStringLiteral("Who drafts it (login or id)."), QStringLiteral("USER")));
    parser.addExample(
        QStringLiteral(
            "--db team.baton definition import marketing.json --team marketing --as mark.marketing"),
        QStringLiteral("Marketing's new draft."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    const auto team = teamFromName(parser.value(teamOption).trimmed());
    if (!team)
        return parser.usageError(context,
                                 QStringLiteral("definition import needs --team marketing or sales."));
    if (parser.value(asOption).trimmed().isEmpty())
        return parser.usageError(context, QStringLiteral("definition import needs --as USER."));

    auto definition = DefinitionText::readFile(parser.positionalArguments().constFirst());
    if (!definition)
        return context.actionFailed(definition.error());

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto user = UserResolver::resolve(**opened, parser.value(asOption), QStringLiteral("--as"));
    if (!user)
        return context.actionFailed(user.error());
    auto draft = AgreementService(**opened, context.clock()).importDraft(*team, *definition, user->id);
    if (!draft)
        return context.actionFailed(draft.error());
    context.out() << "Stored version " << draft->number << ": " << teamName(*team) << " draft by "
                  << user->login << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
