#include "TeamShowCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "RoutingSetupJson.h"
#include "RoutingSetupText.h"
#include "UserDirectory.h"
#include "services/RoutingService.h"
#include "storage/Database.h"
#include "storage/RoutingRepository.h"

#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

} // namespace

int TeamShowCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("team show"), QStringLiteral("[--json]"),
        QStringLiteral("Shows the routing setup: each team's time zone, working hours, holidays and "
                       "escalation path;\neach pool with its members' weights, caps and open leads now; "
                       "people's own hours and\nabsences; the rules in order; the fallback pool; and named "
                       "accounts."));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the setup as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton team show"),
                      QStringLiteral("Who gets which leads, and when."));
    parser.addExample(QStringLiteral("--db team.baton team show --json"),
                      QStringLiteral("The same as JSON."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto loaded = RoutingService(db, context.clock()).load();
    if (!loaded)
        return context.actionFailed(loaded.error());
    auto open = RoutingRepository(db).openLeadsByOwner();
    if (!open)
        return context.actionFailed(open.error());
    auto users = UserDirectory::load(db);
    if (!users)
        return context.actionFailed(users.error());

    const RoutingSetup setup{std::move(loaded->config), loaded->version, std::move(open).value()};
    if (parser.isSet(jsonOption))
        context.out()
            << QJsonDocument(RoutingSetupJson::toJson(setup, *users)).toJson(QJsonDocument::Indented);
    else
        RoutingSetupText::write(context.out(), setup, *users);
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
