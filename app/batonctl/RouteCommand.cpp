#include "RouteCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "RoutingJson.h"
#include "RoutingText.h"
#include "UserDirectory.h"
#include "ValueParser.h"
#include "services/RoutingService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString pendingOption = QStringLiteral("pending");
const QString limitOption = QStringLiteral("limit");
const QString jsonOption = QStringLiteral("json");
constexpr qint64 defaultLimit = 10'000;

void writeJson(QTextStream &out, const std::vector<RoutingService::RoutedLead> &routed,
               const UserDirectory &users)
{
    QJsonArray leads;
    int unassigned = 0;
    for (const RoutingService::RoutedLead &lead : routed) {
        QJsonObject object = RoutingJson::decision(lead.decision, users);
        object.insert(QStringLiteral("leadId"), lead.leadId);
        leads.append(object);
        if (!lead.decision.assigneeId)
            ++unassigned;
    }
    const QJsonObject root{{QStringLiteral("routed"), leads},
                           {QStringLiteral("assigned"), static_cast<int>(routed.size()) - unassigned},
                           {QStringLiteral("unassigned"), unassigned}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeText(QTextStream &out, const std::vector<RoutingService::RoutedLead> &routed,
               const UserDirectory &users)
{
    if (routed.empty()) {
        out << "No lead waits for an owner." << Qt::endl;
        return;
    }
    int unassigned = 0;
    for (const RoutingService::RoutedLead &lead : routed) {
        const RoutingDecision &decision = lead.decision;
        if (!decision.assigneeId)
            ++unassigned;
        out << "Lead " << lead.leadId << ": "
            << (decision.assigneeId ? QStringLiteral("to ") + users.describe(decision.assigneeId)
                                    : QStringLiteral("still unassigned"))
            << "; rule: " << RoutingText::rule(decision.ruleName, decision.rulePosition) << ". "
            << decision.reason << '\n';
    }
    const qsizetype assigned = static_cast<qsizetype>(routed.size()) - unassigned;
    out << "Assigned " << assigned << " of " << routed.size() << (routed.size() == 1 ? " lead" : " leads");
    if (unassigned > 0)
        out << "; " << unassigned << " still " << (unassigned == 1 ? "waits" : "wait") << " unassigned";
    out << '.' << Qt::endl;
}

} // namespace

QList<CommandSummary> RouteCommand::summaries(const QString &prefix) const
{
    const QString path = prefix.isEmpty() ? name() : prefix + QLatin1Char(' ') + name();
    return {{path, summary()}, {path + QLatin1Char(' ') + m_explain.name(), m_explain.summary()}};
}

int RouteCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.size() > 1 && args.at(1) == m_explain.name())
        return m_explain.run(context, args.mid(1));

    CommandParser parser(
        QStringLiteral("route"), QStringLiteral("[--pending] [--limit N] [--json]"),
        QStringLiteral("Routes every handed-over lead that waits without an owner (because nobody could "
                       "take it\nwhen it arrived: everyone away, out of hours or at a cap), by the "
                       "routing rules, oldest\nhandoff first. Each lead's response clock keeps running "
                       "from its handoff."));
    parser.addOption(QCommandLineOption(
        pendingOption, QStringLiteral("Route the leads that wait unassigned (the default and "
                                      "only mode; for scripts that say so).")));
    parser.addOption(QCommandLineOption(
        limitOption, QStringLiteral("Route at most N leads (default %1).").arg(defaultLimit),
        QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write the decisions as one JSON object.")));
    parser.addNote(QStringLiteral("See also: `batonctl route explain ID` for one lead's decisions and "
                                  "response clock."));
    parser.addExample(QStringLiteral("--db team.baton route"),
                      QStringLiteral("Route every lead that waits."));
    parser.addExample(QStringLiteral("--db team.baton route --pending --limit 100 --json"),
                      QStringLiteral("The 100 oldest, as JSON."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    qint64 limit = defaultLimit;
    if (parser.isSet(limitOption)) {
        auto parsed = ValueParser::count(parser.value(limitOption), QStringLiteral("--limit"), 1, 1'000'000);
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        limit = *parsed;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto routed = RoutingService(**opened, context.clock()).routePending(static_cast<int>(limit));
    if (!routed)
        return context.actionFailed(routed.error());
    auto users = UserDirectory::load(**opened);
    if (!users)
        return context.actionFailed(users.error());
    if (parser.isSet(jsonOption))
        writeJson(context.out(), *routed, *users);
    else
        writeText(context.out(), *routed, *users);
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
