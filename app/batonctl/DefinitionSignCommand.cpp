#include "DefinitionSignCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "ReevaluationText.h"
#include "TextFormat.h"
#include "UserResolver.h"
#include "services/AgreementService.h"
#include "services/ReevaluationService.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace baton::cli {
namespace {

const QString asOption = QStringLiteral("as");

} // namespace

int DefinitionSignCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition sign"), QStringLiteral("N --as USER"),
                         QStringLiteral("Signs proposal N as a marketing manager or a sales manager. When "
                                        "both have signed,\nit becomes the effective definition from that "
                                        "moment and replaces the previous one."));
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("The proposal's version number."));
    parser.addOption(
        QCommandLineOption(asOption, QStringLiteral("Who signs (login or id)."), QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton definition sign 3 --as sally.manager"),
                      QStringLiteral("The sales manager's signature."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto number = DefinitionText::number(parser.positionalArguments().constFirst(), false);
    if (!number)
        return parser.usageError(context, number.error().message);
    if (parser.value(asOption).trimmed().isEmpty())
        return parser.usageError(context, QStringLiteral("definition sign needs --as USER."));

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto user = UserResolver::resolve(**opened, parser.value(asOption), QStringLiteral("--as"));
    if (!user)
        return context.actionFailed(user.error());
    auto version = AgreementService(**opened, context.clock()).sign(*number, user->id);
    if (!version)
        return context.actionFailed(version.error());
    context.out() << "Signed version " << version->number << " as " << roleLabel(user->role).toLower() << '.'
                  << Qt::endl;
    if (version->status == VersionStatus::Effective) {
        context.out() << "Version " << version->number << " is now the effective definition";
        if (auto seconds = version->timeToAgreementSeconds())
            context.out() << " (time to agreement: " << TextFormat::duration(*seconds) << ')';
        context.out() << '.' << Qt::endl;

        // The leads marketing holds are judged again under the new version at once.
        QElapsedTimer timer;
        timer.start();
        auto run =
            ReevaluationService(**opened, context.clock()).run(user->id, ReevaluationText::progress(context));
        if (context.interactive())
            context.err() << '\n';
        if (!run) {
            context.err() << "The nurture leads were not re-evaluated: " << run.error().message
                          << " Run `batonctl score` to do it." << Qt::endl;
            return context.actionFailed(run.error());
        }
        ReevaluationText::write(context.out(), *run, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
