#include "RouteExplainCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "RoutingExplanation.h"
#include "UserDirectory.h"
#include "ValueParser.h"
#include "common/Clock.h"
#include "routing/Router.h"
#include "services/RoutingService.h"
#include "services/SlaService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

} // namespace

int RouteExplainCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("route explain"), QStringLiteral("ID [--json]"),
        QStringLiteral("Explains who a lead went to and why: every routing decision in order (at the "
                       "handoff, by\nhand, re-routed, or taken back by escalation) with its rule and "
                       "reason; the response\nclock of its latest handoff (tier, due time, where it "
                       "stands now, routing delay and\nowner response); and the escalation steps taken."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The lead's id, as `lead list` shows it."));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write the explanation as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton route explain 42"),
                      QStringLiteral("Why lead 42 went to its owner, and how long they have to respond."));
    parser.addExample(QStringLiteral("--db team.baton route explain 42 --json"),
                      QStringLiteral("The same as JSON."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto leadId = ValueParser::leadId(parser.positionalArguments().constFirst());
    if (!leadId)
        return parser.usageError(context, leadId.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;

    RoutingService routing(db, context.clock());
    auto decisions = routing.explain(*leadId);
    if (!decisions)
        return context.actionFailed(decisions.error());
    auto lead = LeadRepository(db).find(*leadId);
    if (!lead)
        return context.actionFailed(lead.error());
    SlaService sla(db, context.clock());
    auto clock = sla.clockFor(*leadId);
    if (!clock)
        return context.actionFailed(clock.error());
    auto steps = sla.stepsFor(*leadId);
    if (!steps)
        return context.actionFailed(steps.error());
    auto users = UserDirectory::load(db);
    if (!users)
        return context.actionFailed(users.error());
    auto loaded = routing.load();
    if (!loaded)
        return context.actionFailed(loaded.error());

    RoutingExplanation explanation;
    explanation.lead = *lead;
    explanation.decisions = std::move(decisions).value();
    explanation.clock = *clock;
    explanation.steps = std::move(steps).value();
    explanation.at = context.clock().now();
    if (explanation.clock && explanation.clock->ownerId) {
        const Router router(loaded->config, users->all());
        explanation.warnBeforeMinutes = router.escalationOf(*explanation.clock->ownerId).warnBeforeMinutes;
    }

    if (parser.isSet(jsonOption))
        context.out() << QJsonDocument(explanation.toJson(*users)).toJson(QJsonDocument::Indented);
    else
        explanation.writeText(context.out(), *users);
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
