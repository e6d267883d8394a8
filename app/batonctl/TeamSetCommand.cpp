#include "TeamSetCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "RoutingEditOptions.h"
#include "RoutingEditParser.h"
#include "UserResolver.h"
#include "services/RoutingService.h"
#include "storage/Database.h"

namespace baton::cli {
namespace {

const QString asOption = QStringLiteral("as");

} // namespace

int TeamSetCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("team set"),
        QStringLiteral("[--team NAME …] [--pool NAME …] [--person LOGIN …] [--fallback-pool POOL] --as USER"),
        QStringLiteral(
            "Changes part of the routing setup and stores it as a new version; the rest stays as "
            "it is.\nOnly a sales manager or an admin may. The parts may be combined in one call:\n"
            "  --team NAME     with --time-zone, --hours, --holiday, --no-holiday, --warn-before,\n"
            "                  --reassign-after, --reassign-pool (a new team starts in UTC,\n"
            "                  mon-fri 09:00-17:00, warned 5 min before, reassigned 60 min after)\n"
            "  --pool NAME     with --member (and --weight, --daily-cap, --open-cap for them),\n"
            "                  --remove-member, or --delete-pool\n"
            "  --person LOGIN  with --time-zone, --hours, --away, --back\n"
            "  --fallback-pool POOL\n"
            "Everyone it names must exist: an unknown login, pool or team is refused, and so is a\n"
            "change someone else saved first; nothing is stored then."));
    RoutingEditOptions::addTo(parser);
    parser.addOption(QCommandLineOption(asOption, QStringLiteral("Who makes the change (login or id)."),
                                        QStringLiteral("USER")));
    parser.addExample(
        QStringLiteral("--db team.baton team set --team \"North America\" --time-zone America/New_York "
                       "--hours \"mon-fri 09:00-17:00\" --as sally.manager"),
        QStringLiteral("North America's calendar."));
    parser.addExample(
        QStringLiteral("--db team.baton team set --pool Sales --member sam.sdr --member olive.sdr "
                       "--fallback-pool Sales --as sally.manager"),
        QStringLiteral("A pool of two that takes every lead no rule takes."));
    parser.addExample(QStringLiteral("--db team.baton team set --pool Sales --member sam.sdr --weight 2 "
                                     "--daily-cap 20 --as sally.manager"),
                      QStringLiteral("Sam gets twice the share, at most 20 new leads a day."));
    parser.addExample(
        QStringLiteral(
            "--db team.baton team set --person olive.sdr --away 2026-03-09..2026-03-13 --as sally.manager"),
        QStringLiteral("Olive is out of office that week."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto edit = RoutingEditParser::read(parser);
    if (!edit)
        return parser.usageError(context, edit.error().message);
    if (parser.value(asOption).trimmed().isEmpty())
        return parser.usageError(context, QStringLiteral("team set needs --as USER: the login or id of who "
                                                         "makes the change."));

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto user = UserResolver::resolve(**opened, parser.value(asOption), QStringLiteral("--as"));
    if (!user)
        return context.actionFailed(user.error());
    RoutingService routing(**opened, context.clock());
    auto loaded = routing.load();
    if (!loaded)
        return context.actionFailed(loaded.error());
    RoutingConfig config = loaded->config;
    auto changes = edit->applyTo(config);
    if (!changes)
        return context.actionFailed(changes.error());
    if (changes->isEmpty()) {
        context.out() << "Nothing changed; the routing configuration stays at version " << loaded->version
                      << '.' << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    auto version = routing.save(config, loaded->version, user->id);
    if (!version)
        return context.actionFailed(version.error());
    for (const QString &change : *changes)
        context.out() << change << ".\n";
    context.out() << "Stored routing configuration version " << *version << ", by " << user->login << '.'
                  << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
