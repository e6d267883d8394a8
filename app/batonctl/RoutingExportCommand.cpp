#include "RoutingExportCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "routing/RoutingConfigJson.h"
#include "services/RoutingService.h"
#include "storage/Database.h"

namespace baton::cli {

int RoutingExportCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("routing export"), QString(),
                         QStringLiteral("Writes the stored routing configuration (teams' calendars and "
                                        "escalation, people's\navailability, pools, rules, the fallback pool "
                                        "and named accounts) as JSON on stdout, in\nthe format `routing "
                                        "import` reads. A file without one gives an empty configuration."));
    parser.addExample(QStringLiteral("--db team.baton routing export > routing.json"),
                      QStringLiteral("A copy to edit, review or keep in version control."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto loaded = RoutingService(**opened, context.clock()).load();
    if (!loaded)
        return context.actionFailed(loaded.error());
    context.out() << RoutingConfigJson::toJson(loaded->config);
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
