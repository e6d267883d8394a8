#include "EventAddCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "TextFormat.h"
#include "ValueParser.h"
#include "common/Clock.h"
#include "services/EventService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::cli {
namespace {

const QString typeOption = QStringLiteral("type");
const QString detailOption = QStringLiteral("detail");
const QString atOption = QStringLiteral("at");
const QString campaignOption = QStringLiteral("campaign");
const QString jsonOption = QStringLiteral("json");

QJsonObject handoffJson(const Handoff &handoff)
{
    QJsonObject object{{QStringLiteral("at"), TextFormat::isoTime(handoff.at)},
                       {QStringLiteral("definitionVersion"), handoff.definitionNumber},
                       {QStringLiteral("fit"), handoff.fit},
                       {QStringLiteral("engagement"), handoff.engagement},
                       {QStringLiteral("total"), handoff.total()},
                       {QStringLiteral("fastTrack"), handoff.fastTrack},
                       {QStringLiteral("completeness"), handoff.completeness},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(handoff.missing)}};
    if (handoff.signal)
        object.insert(QStringLiteral("signalEventId"), handoff.signal->id);
    return object;
}

} // namespace

int EventAddCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("event add"),
        QStringLiteral("ID --type TYPE [--detail TEXT] [--at TIME] [--campaign ID] [--json]"),
        QStringLiteral(
            "Records one engagement event of lead ID. When the lead is in nurture (or recycled and "
            "due)\nand now meets the effective MQL rule, it is handed over at once: it becomes an "
            "MQL with\nthis event as its buying signal, its score and its context completeness on "
            "record."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The lead's id."));
    parser.addOption(QCommandLineOption(
        typeOption, QStringLiteral("The event type: %1.").arg(ValueParser::eventTypeNames()),
        QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(detailOption, QStringLiteral("The URL, asset, form or question."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(atOption, QStringLiteral("When it happened (default: now)."),
                                        QStringLiteral("TIME")));
    parser.addOption(
        QCommandLineOption(campaignOption, QStringLiteral("The campaign's id."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the result as one JSON object.")));
    parser.addExample(
        QStringLiteral("--db team.baton event add 42 --type demo_request --detail \"Book a demo\""),
        QStringLiteral("Lead 42 asked for a demo."));
    parser.addExample(
        QStringLiteral(
            "--db team.baton event add 42 --type page_view --detail /pricing --at 2026-03-10T09:00:00Z"),
        QStringLiteral("A pricing page visit at a given time."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto leadId = ValueParser::leadId(parser.positionalArguments().constFirst());
    if (!leadId)
        return parser.usageError(context, leadId.error().message);
    if (!parser.isSet(typeOption))
        return parser.usageError(context, QStringLiteral("event add needs --type TYPE."));
    auto type = ValueParser::eventType(parser.value(typeOption));
    if (!type)
        return parser.usageError(context, type.error().message);
    EngagementEvent event;
    event.leadId = *leadId;
    event.type = *type;
    event.detail = parser.value(detailOption);
    event.occurredAt = context.clock().now();
    if (parser.isSet(atOption)) {
        auto at = ValueParser::time(parser.value(atOption));
        if (!at)
            return parser.usageError(context, at.error().message);
        event.occurredAt = *at;
    }
    if (parser.isSet(campaignOption)) {
        auto campaign = ValueParser::count(parser.value(campaignOption), QStringLiteral("--campaign"), 1,
                                           std::numeric_limits<qint64>::max());
        if (!campaign)
            return parser.usageError(context, campaign.error().message);
        event.campaignId = *campaign;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto outcome = EventService(**opened, context.clock()).record(event);
    if (!outcome)
        return context.actionFailed(outcome.error());

    if (parser.isSet(jsonOption)) {
        QJsonObject object{{QStringLiteral("eventId"), outcome->eventId},
                           {QStringLiteral("leadId"), *leadId}};
        if (outcome->handoff)
            object.insert(QStringLiteral("handoff"), handoffJson(*outcome->handoff));
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    context.out() << "Recorded event " << outcome->eventId << " (" << eventTypeName(*type) << ") for lead "
                  << *leadId << '.' << Qt::endl;
    if (const auto &handoff = outcome->handoff) {
        context.out() << "Lead " << *leadId << " meets the MQL rule of definition version "
                      << handoff->definitionNumber << " and was handed over: score " << handoff->total()
                      << " (fit " << handoff->fit << " + engagement " << handoff->engagement << ")"
                      << (handoff->fastTrack ? ", fast track" : "") << "; context " << handoff->completeness
                      << "% complete";
        if (!handoff->missing.isEmpty())
            context.out() << " (missing: " << handoff->missing.join(QStringLiteral(", ")) << ')';
        context.out() << '.' << Qt::endl;
    }
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
