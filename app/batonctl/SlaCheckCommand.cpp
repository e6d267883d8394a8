#include "SlaCheckCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "EscalationText.h"
#include "RoutingJson.h"
#include "TextFormat.h"
#include "UserDirectory.h"
#include "ValueParser.h"
#include "common/Clock.h"
#include "services/SlaService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString atOption = QStringLiteral("at");
const QString jsonOption = QStringLiteral("json");

} // namespace

int SlaCheckCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("sla-check"), QStringLiteral("[--at TIME] [--json]"),
        QStringLiteral(
            "Applies each team's escalation path to the response clocks still running: the owner is "
            "warned\nshortly before the due time, owner and manager are alerted when it passes, and "
            "after a\nfurther delay the lead goes back to the pool. Each step is taken once and "
            "recorded with its\ntime; running it again takes only what has become due since. Prints "
            "the steps it took.\n\nMeant to run from cron against the team's shared Baton file, "
            "e.g. every minute:\n  * * * * *  batonctl --db /srv/baton/team.baton sla-check"));
    parser.addOption(QCommandLineOption(
        atOption, QStringLiteral("Check as of this time, ISO 8601 (default: now)."), QStringLiteral("TIME")));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write the steps taken as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton sla-check"), QStringLiteral("Take the steps due now."));
    parser.addExample(QStringLiteral("--db team.baton sla-check --at 2026-03-10T14:00:00Z --json"),
                      QStringLiteral("As of 14:00 UTC, as JSON."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    QDateTime at = context.clock().now();
    if (parser.isSet(atOption)) {
        auto parsed = ValueParser::time(parser.value(atOption));
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        at = *parsed;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto steps = SlaService(**opened, context.clock()).check(at);
    if (!steps)
        return context.actionFailed(steps.error());
    auto users = UserDirectory::load(**opened);
    if (!users)
        return context.actionFailed(users.error());

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const EscalationStep &step : *steps)
            array.append(RoutingJson::step(step, *users));
        out << QJsonDocument(QJsonObject{{QStringLiteral("at"), TextFormat::isoTime(at)},
                                         {QStringLiteral("steps"), array}})
                   .toJson(QJsonDocument::Indented);
    } else if (steps->empty()) {
        out << "No escalation step is due." << Qt::endl;
    } else {
        for (const EscalationStep &step : *steps)
            out << EscalationText::line(step, *users) << '\n';
        out << steps->size() << (steps->size() == 1 ? " escalation step" : " escalation steps") << " taken."
            << Qt::endl;
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
