#include "RoutingImportCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "UserResolver.h"
#include "services/RoutingService.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace baton::cli {
namespace {

const QString asOption = QStringLiteral("as");

} // namespace

int RoutingImportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("routing import"), QStringLiteral("FILE --as USER"),
        QStringLiteral("Replaces the whole routing configuration with a JSON file (as `routing export` "
                       "writes it).\nOnly a sales manager or an admin may. A file that is malformed, or "
                       "names a person, pool\nor team this file does not have, is refused, naming the "
                       "place; nothing changes."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JSON file (routing export)."));
    parser.addOption(QCommandLineOption(asOption, QStringLiteral("Who makes the change (login or id)."),
                                        QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton routing import routing.json --as sally.manager"),
                      QStringLiteral("Sally puts the reviewed configuration in place."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (parser.value(asOption).trimmed().isEmpty())
        return parser.usageError(context, QStringLiteral("routing import needs --as USER."));

    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.actionFailed(makeError(
            ErrorKind::InvalidInput, QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString())));
    }
    const QByteArray bytes = file.readAll();

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto user = UserResolver::resolve(**opened, parser.value(asOption), QStringLiteral("--as"));
    if (!user)
        return context.actionFailed(user.error());
    auto version =
        RoutingService(**opened, context.clock()).importJson(bytes, QFileInfo(path).fileName(), user->id);
    if (!version)
        return context.actionFailed(version.error());
    context.out() << "Stored routing configuration version " << *version << " from "
                  << QFileInfo(path).fileName() << ", by " << user->login << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
