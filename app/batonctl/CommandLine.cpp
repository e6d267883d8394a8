#include "CommandLine.h"

#include "AuditCommand.h"
#include "CheckCommand.h"
#include "ClockFactory.h"
#include "CommandContext.h"
#include "CommandGroup.h"
#include "DefinitionDiffCommand.h"
#include "DefinitionExportCommand.h"
#include "DefinitionImportCommand.h"
#include "DefinitionListCommand.h"
#include "DefinitionPreviewCommand.h"
#include "DefinitionProposeCommand.h"
#include "DefinitionShowCommand.h"
#include "DefinitionSignCommand.h"
#include "DemoCommand.h"
#include "EventAddCommand.h"
#include "ExitCode.h"
#include "ExportLeadsCommand.h"
#include "ExportQueueCommand.h"
#include "FeedbackDraftCommand.h"
#include "FeedbackReportCommand.h"
#include "FeedbackSuggestionsCommand.h"
#include "ImportEventsCommand.h"
#include "ImportLeadsCommand.h"
#include "ImportMappingCommand.h"
#include "InitCommand.h"
#include "LeadAcceptCommand.h"
#include "LeadConvertCommand.h"
#include "LeadDisqualifyCommand.h"
#include "LeadExplainCommand.h"
#include "LeadHandOverCommand.h"
#include "LeadListCommand.h"
#include "LeadLogCommand.h"
#include "LeadOutcomeCommand.h"
#include "LeadReasonsCommand.h"
#include "LeadReassignCommand.h"
#include "LeadRecycleCommand.h"
#include "LeadRejectCommand.h"
#include "LeadRerouteCommand.h"
#include "LeadShowCommand.h"
#include "RejectionAckCommand.h"
#include "RejectionCommentCommand.h"
#include "RejectionDisputeCommand.h"
#include "RejectionListCommand.h"
#include "RejectionRecycleCommand.h"
#include "RejectionResolveCommand.h"
#include "RejectionShowCommand.h"
#include "ReportCommand.h"
#include "ReviewActionAddCommand.h"
#include "ReviewActionSetCommand.h"
#include "ReviewActionsCommand.h"
#include "ReviewAgendaCommand.h"
#include "ReviewDecideCommand.h"
#include "ReviewDecisionsCommand.h"
#include "ReviewExportCommand.h"
#include "RouteCommand.h"
#include "RoutingExportCommand.h"
#include "RoutingImportCommand.h"
#include "ScoreCommand.h"
#include "SlaCheckCommand.h"
#include "TeamSetCommand.h"
#include "TeamShowCommand.h"
#include "UserAddCommand.h"
#include "UserListCommand.h"
#include "storage/Schema.h"

#include <QCommandLineParser>

#include <algorithm>

namespace baton::cli {
namespace {

const QString dbName = QStringLiteral("db");
const QString helpName = QStringLiteral("help");
const QString versionName = QStringLiteral("version");

const char *const helpEpilogue = R"(
Environment:
  BATON_NOW      Fix "now" to an ISO 8601 time, e.g. 2026-03-10T10:00:00Z, for
                 reproducible scripts and tests. Unset: the system clock.
  BATON_FILESYSTEM
                 network or local: what the file's folder is on, when the system
                 does not know. On a network share Baton uses a rollback journal
                 instead of WAL. Unset: told by the folder's filesystem type.

Exit codes:
  0  done
  1  the action failed: Baton refused it (unknown lead, user or reason, a stage
     change the lifecycle does not allow, a reason that needs a note, a file that
     already has leads for demo, a login that is malformed or taken, a routing
     change by someone who is not a sales manager, or one that names an unknown
     person, pool or team, a review step the user's role may not take or the
     review has moved past, a stale --version) or `check` found problems
  2  usage error: unknown command or option, missing or malformed value
     (a lead id, number, amount, date, stage, role, activity type, outcome,
     time zone or working hours), no --db
  3  the file was refused or cannot be opened: not a Baton file, written by a
     newer Baton, missing, read-only or locked. A refused file is left unchanged.

Examples:
  batonctl --db team.baton init
  batonctl --db team.baton user add maya.patel --name "Maya Patel" --role sdr
  batonctl --db demo.baton demo --leads 2000
  batonctl --db demo.baton lead list --stage mql --owner maya.patel
  batonctl --db demo.baton lead show 42
  batonctl --db demo.baton lead explain 42
  batonctl --db demo.baton lead accept 42 --as maya.patel
  batonctl --db demo.baton lead reject 43 --reason no_authority --as maya.patel
  batonctl --db demo.baton definition import sales.json --team sales --as sally.manager
  batonctl --db demo.baton definition sign 3 --as sally.manager
  batonctl --db demo.baton check
  batonctl --db team.baton team set --pool Sales --member maya.patel --fallback-pool Sales --as sally.manager
  batonctl --db team.baton route explain 42
  batonctl --db team.baton sla-check          (from cron, every minute)
  batonctl --db team.baton rejections list --status open
  batonctl --db team.baton rejections dispute 7 --comment "She signs the budget" --as mark.marketing
  batonctl --db team.baton feedback report --from 2026-03-02 --to 2026-03-08 --by campaign
  batonctl --db team.baton review action add --week 2026-03-02 --title "Fix the form" --owner mark.marketing --due 2026-03-06 --as sally.manager
  batonctl --db team.baton review export --week 2026-03-02 --pdf review.pdf
  batonctl --db team.baton import leads contacts.csv --preset hubspot --dry-run
  batonctl --db team.baton export queue --owner maya.patel --csv maya.csv
  batonctl --db team.baton export leads --stage sql --json - > opportunities.json
)";

} // namespace

int run(const QStringList &args, QTextStream &out, QTextStream &err, RunOptions options)
{
    return CommandLine().run(args, out, err, options);
}

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());

    auto lead = std::make_unique<CommandGroup>(QStringLiteral("lead"), QStringLiteral("Work with leads"),
                                               QStringLiteral("Lists, shows and moves leads through the "
                                                              "lifecycle, as the desktop app does."));
    lead->add(std::make_unique<LeadListCommand>());
    lead->add(std::make_unique<LeadShowCommand>());
    lead->add(std::make_unique<LeadAcceptCommand>());
    lead->add(std::make_unique<LeadRejectCommand>());
    lead->add(std::make_unique<LeadLogCommand>());
    lead->add(std::make_unique<LeadConvertCommand>());
    lead->add(std::make_unique<LeadOutcomeCommand>());
    lead->add(std::make_unique<LeadDisqualifyCommand>());
    lead->add(std::make_unique<LeadRecycleCommand>());
    lead->add(std::make_unique<LeadHandOverCommand>());
    lead->add(std::make_unique<LeadReasonsCommand>());
    lead->add(std::make_unique<LeadExplainCommand>());
    lead->add(std::make_unique<LeadReassignCommand>());
    lead->add(std::make_unique<LeadRerouteCommand>());
    m_commands.push_back(std::move(lead));

    auto user = std::make_unique<CommandGroup>(
        QStringLiteral("user"), QStringLiteral("Work with users"),
        QStringLiteral("Lists and adds the people who own leads and act on them (--as)."));
    user->add(std::make_unique<UserListCommand>());
    user->add(std::make_unique<UserAddCommand>());
    m_commands.push_back(std::move(user));

    auto definition = std::make_unique<CommandGroup>(
        QStringLiteral("definition"), QStringLiteral("Work with the lead definition"),
        QStringLiteral("Drafts, compares and signs the lead definition marketing and sales agree on."));
    definition->add(std::make_unique<DefinitionListCommand>());
    definition->add(std::make_unique<DefinitionShowCommand>());
    definition->add(std::make_unique<DefinitionExportCommand>());
    definition->add(std::make_unique<DefinitionImportCommand>());
    definition->add(std::make_unique<DefinitionDiffCommand>());
    definition->add(std::make_unique<DefinitionProposeCommand>());
    definition->add(std::make_unique<DefinitionSignCommand>());
    definition->add(std::make_unique<DefinitionPreviewCommand>());
    m_commands.push_back(std::move(definition));

    m_commands.push_back(std::make_unique<ScoreCommand>());

    auto event = std::make_unique<CommandGroup>(
        QStringLiteral("event"), QStringLiteral("Record engagement events"),
        QStringLiteral("Records what leads do (visits, downloads, demo requests); a lead that now meets the\n"
                       "agreed definition is handed over to sales."));
    event->add(std::make_unique<EventAddCommand>());
    m_commands.push_back(std::move(event));

    auto import = std::make_unique<CommandGroup>(
        QStringLiteral("import"), QStringLiteral("Import leads and engagement events from CSV"),
        QStringLiteral(
            "Leads from HubSpot, Salesforce and Marketo exports (or any CSV through a mapping file),\n"
            "and engagement events; a whole file lands in one transaction, or none of it does."));
    import->add(std::make_unique<ImportLeadsCommand>());
    import->add(std::make_unique<ImportEventsCommand>());
    import->add(std::make_unique<ImportMappingCommand>());
    m_commands.push_back(std::move(import));

    m_commands.push_back(std::make_unique<RouteCommand>());
    m_commands.push_back(std::make_unique<SlaCheckCommand>());

    auto team = std::make_unique<CommandGroup>(
        QStringLiteral("team"), QStringLiteral("Work with the sales teams' routing setup"),
        QStringLiteral("Shows and changes who gets which leads and when: teams' calendars and escalation,\n"
                       "pools, people's availability and the fallback pool."));
    team->add(std::make_unique<TeamShowCommand>());
    team->add(std::make_unique<TeamSetCommand>());
    m_commands.push_back(std::move(team));

    auto routing = std::make_unique<CommandGroup>(
        QStringLiteral("routing"), QStringLiteral("Export or import the routing configuration"),
        QStringLiteral(
            "Moves the whole routing configuration (teams, people, pools, rules, accounts) in and\n"
            "out as JSON, to review, keep in version control or copy to another file."));
    routing->add(std::make_unique<RoutingExportCommand>());
    routing->add(std::make_unique<RoutingImportCommand>());
    m_commands.push_back(std::move(routing));

    auto exports = std::make_unique<CommandGroup>(
        QStringLiteral("export"), QStringLiteral("Write queues as CSV, leads with their history as JSON"),
        QStringLiteral("Takes data out for spreadsheets and other tools: a queue or list as CSV, as the "
                       "desktop\nshows it, and leads with their whole history as a JSON array."));
    exports->add(std::make_unique<ExportQueueCommand>());
    exports->add(std::make_unique<ExportLeadsCommand>());
    m_commands.push_back(std::move(exports));

    auto rejections = std::make_unique<CommandGroup>(
        QStringLiteral("rejections"), QStringLiteral("Review what sales turned down"),
        QStringLiteral("Marketing's side of each rejection and disqualification: acknowledge it, dispute "
                       "it (the sales\nmanager then upholds it or reopens the lead), or take the lead back "
                       "to nurture; and the\nlead's thread, which both teams read."));
    rejections->add(std::make_unique<RejectionListCommand>());
    rejections->add(std::make_unique<RejectionShowCommand>());
    rejections->add(std::make_unique<RejectionAckCommand>());
    rejections->add(std::make_unique<RejectionDisputeCommand>());
    rejections->add(std::make_unique<RejectionResolveCommand>());
    rejections->add(std::make_unique<RejectionRecycleCommand>());
    rejections->add(std::make_unique<RejectionCommentCommand>());
    m_commands.push_back(std::move(rejections));

    auto feedback = std::make_unique<CommandGroup>(
        QStringLiteral("feedback"), QStringLiteral("The feedback loop's numbers and suggestions"),
        QStringLiteral("Rejection reasons against the weeks before, acceptance and conversion by campaign, "
                       "source,\nscore band and rule, and the changes to the definition they point at."));
    feedback->add(std::make_unique<FeedbackReportCommand>());
    feedback->add(std::make_unique<FeedbackSuggestionsCommand>());
    feedback->add(std::make_unique<FeedbackDraftCommand>());
    m_commands.push_back(std::move(feedback));
    m_commands.push_back(std::make_unique<ReportCommand>());

    auto review = std::make_unique<CommandGroup>(
        QStringLiteral("review"),
        QStringLiteral("The joint weekly review's agenda, decisions and action items"),
        QStringLiteral(
            "Records what the weekly review of both teams decided and who does what by when, "
            "next to\nthe metric that prompted it; action items carry over until done or dropped."));
    review->add(std::make_unique<ReviewActionsCommand>());
    review->add(std::make_unique<ReviewAgendaCommand>());
    auto action = std::make_unique<CommandGroup>(
        QStringLiteral("action"), QStringLiteral("Raise action items and move them on"),
        QStringLiteral("Raises the joint review's action items and changes their status."));
    action->add(std::make_unique<ReviewActionAddCommand>());
    action->add(std::make_unique<ReviewActionSetCommand>());
    review->add(std::move(action));
    review->add(std::make_unique<ReviewDecideCommand>());
    review->add(std::make_unique<ReviewDecisionsCommand>());
    review->add(std::make_unique<ReviewExportCommand>());
    m_commands.push_back(std::move(review));
    m_commands.push_back(std::make_unique<AuditCommand>());
}

int CommandLine::run(const QStringList &args, QTextStream &out, QTextStream &err, RunOptions options)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(QCommandLineOption(dbName, QStringLiteral("The Baton file."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), helpName}, QStringLiteral("Show help.")));
    parser.addOption(
        QCommandLineOption({QStringLiteral("v"), versionName}, QStringLiteral("Show the version.")));

    if (!parser.parse(args.isEmpty() ? QStringList{QStringLiteral("batonctl")} : args))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpName)) {
        out << helpText();
        out.flush();
        return toInt(ExitCode::Ok);
    }
    if (parser.isSet(versionName)) {
        out << versionText() << Qt::endl;
        return toInt(ExitCode::Ok);
    }

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(err, QStringLiteral("No command given."));
    // `batonctl help lead reject` is `batonctl lead reject --help`.
    if (rest.first() == QLatin1String("help")) {
        if (rest.size() == 1) {
            out << helpText();
            out.flush();
            return toInt(ExitCode::Ok);
        }
        return run(QStringList{args.value(0, QStringLiteral("batonctl"))} + rest.mid(1) +
                       QStringList{QStringLiteral("--help")},
                   out, err, options);
    }
    const auto command = std::find_if(m_commands.begin(), m_commands.end(), [&](const auto &candidate) {
        return candidate->name() == rest.first();
    });
    if (command == m_commands.end())
        return usageError(err, QStringLiteral("Unknown command '%1'.").arg(rest.first()));

    auto clock = ClockFactory::fromEnvironment();
    if (!clock)
        return usageError(err, clock.error().message);

    CommandContext context(out, err, **clock);
    context.setDatabasePath(parser.value(dbName));
    context.setInteractive(options.interactive);
    const int code = (*command)->run(context, rest);
    out.flush();
    err.flush();
    return code;
}

QString CommandLine::helpText() const
{
    QString text =
        QStringLiteral("Usage: batonctl --db FILE COMMAND [options]\n"
                       "       batonctl --help | --version | COMMAND --help | help COMMAND\n\n"
                       "Baton's command line: the lead actions of the desktop app, for scripts and "
                       "terminals.\nEvery command works on the Baton file given with --db.\n\n"
                       "Commands:\n");
    QList<CommandSummary> lines;
    for (const auto &command : m_commands)
        lines += command->summaries(QString());
    qsizetype width = 0;
    for (const CommandSummary &line : lines)
        width = std::max(width, line.name.size());
    for (const CommandSummary &line : lines)
        text += QStringLiteral("  %1  %2\n").arg(line.name.leftJustified(width), line.summary);
    text += QStringLiteral("\nOptions:\n"
                           "  --db FILE      The Baton file to work on (every command needs it).\n"
                           "  -h, --help     Show this help. `batonctl COMMAND --help` shows a command's.\n"
                           "  -v, --version  Show the version.\n");
    text += QString::fromUtf8(helpEpilogue);
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("batonctl %1\nBaton file format %2, Qt %3")
        .arg(QStringLiteral(BATON_VERSION))
        .arg(Schema::currentVersion())
        .arg(QString::fromLatin1(qVersion()));
}

int CommandLine::usageError(QTextStream &err, const QString &message) const
{
    err << "batonctl: " << message << '\n'
        << "Run 'batonctl --help' for the commands and options." << Qt::endl;
    return toInt(ExitCode::Usage);
}

} // namespace baton::cli
