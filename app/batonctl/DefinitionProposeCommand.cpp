#include "DefinitionProposeCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "UserResolver.h"
#include "services/AgreementService.h"
#include "storage/Database.h"

namespace baton::cli {
namespace {

const QString asOption = QStringLiteral("as");
const QString fileOption = QStringLiteral("file");

void describe(CommandParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("M"), QStringLiteral("Marketing's draft (version number)."));
    parser.addPositionalArgument(QStringLiteral("S"), QStringLiteral("Sales' draft (version number)."));
    parser.addOption(QCommandLineOption(
        fileOption,
        QStringLiteral("The reconciled definition (JSON). Without it, the drafts must already agree."),
        QStringLiteral("FILE")));
    parser.addOption(
        QCommandLineOption(asOption, QStringLiteral("Who proposes (login or id)."), QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton definition propose 1 2 --as dana.whitfield"),
                      QStringLiteral("Drafts 1 and 2 agree: propose them as they are."));
    parser.addExample(
        QStringLiteral("--db team.baton definition propose 1 2 --file agreed.json --as felix.moreau"),
        QStringLiteral("Propose the version both teams reconciled from drafts 1 and 2."));
}

} // namespace

int DefinitionProposeCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition propose"), QStringLiteral("M S [--file FILE] --as USER"),
                         QStringLiteral("Stores the proposal that reconciles marketing's draft M and sales' "
                                        "draft S.\nA marketing manager and a sales manager then sign it."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    const QStringList positionals = parser.positionalArguments();
    auto marketing = DefinitionText::number(positionals.value(0), false);
    if (!marketing)
        return parser.usageError(context, marketing.error().message);
    auto sales = DefinitionText::number(positionals.value(1), false);
    if (!sales)
        return parser.usageError(context, sales.error().message);
    if (parser.value(asOption).trimmed().isEmpty())
        return parser.usageError(context, QStringLiteral("definition propose needs --as USER."));

    std::optional<Definition> reconciled;
    if (parser.isSet(fileOption)) {
        auto definition = DefinitionText::readFile(parser.value(fileOption));
        if (!definition)
            return context.actionFailed(definition.error());
        reconciled = std::move(definition).value();
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto user = UserResolver::resolve(**opened, parser.value(asOption), QStringLiteral("--as"));
    if (!user)
        return context.actionFailed(user.error());
    auto version =
        AgreementService(**opened, context.clock()).propose(*marketing, *sales, reconciled, user->id);
    if (!version)
        return context.actionFailed(version.error());
    context.out() << "Stored version " << version->number << ": a proposal from drafts " << *marketing
                  << " and " << *sales << ". Next: a marketing manager and a sales manager sign it with "
                  << "`batonctl definition sign " << version->number << " --as USER`." << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
