#include "LeadExplainCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "LeadExplanation.h"
#include "ValueParser.h"
#include "agreement/Scorer.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

#include <QJsonDocument>

#include <algorithm>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

} // namespace

int LeadExplainCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("lead explain"), QStringLiteral("ID [--json]"),
        QStringLiteral("Explains every point of a lead's score against the effective definition:\n"
                       "each fit rule with its reason, each engagement rule with its events, decay "
                       "and cap,\nwhether the MQL rule is met (and the buying signal that first "
                       "crossed it, or what is\nmissing), and how complete the context package is."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The lead's id, as `lead list` shows it."));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write the explanation as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton lead explain 42"),
                      QStringLiteral("Why lead 42 has the score it has."));
    parser.addExample(QStringLiteral("--db team.baton lead explain 42 --json"),
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

    LeadRepository leads(db);
    auto lead = leads.find(*leadId);
    if (!lead)
        return context.actionFailed(lead.error());
    auto events = leads.events(*leadId);
    if (!events)
        return context.actionFailed(events.error());
    auto effective = AgreementService(db, context.clock()).effective();
    if (!effective)
        return context.actionFailed(effective.error());

    std::vector<EngagementEvent> inTimeOrder = *events;
    std::stable_sort(
        inTimeOrder.begin(), inTimeOrder.end(),
        [](const EngagementEvent &a, const EngagementEvent &b) { return a.occurredAt < b.occurredAt; });

    const Definition &definition = effective->definition;
    const Scorer scorer(definition);
    LeadExplanation explanation;
    explanation.lead = *lead;
    explanation.definitionVersion = effective->number;
    explanation.at = context.clock().now();
    explanation.fit = scorer.fit(*lead);
    explanation.engagement = scorer.engagement(inTimeOrder, explanation.at);
    explanation.mqlRule = definition.mqlRule;
    explanation.crossing = MqlEvaluator(scorer).firstCrossing(*lead, inTimeOrder);
    explanation.context = ContextCompleteness::evaluate(
        *lead, definition.requiredFields, explanation.crossing.has_value(), lead->campaignId.has_value());

    if (parser.isSet(jsonOption))
        context.out() << QJsonDocument(explanation.toJson()).toJson(QJsonDocument::Indented);
    else
        explanation.writeText(context.out());
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
