#include "LeadActionCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "services/LeadService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

#include <limits>

namespace baton::cli {
namespace {

const QString asOption = QStringLiteral("as");
const QString ifVersionOption = QStringLiteral("if-version");

} // namespace

int LeadActionCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("lead ") + name(), synopsis(), description());
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The lead's id, as `lead list` shows it."));
    if (needsActor()) {
        parser.addOption(
            QCommandLineOption(asOption, QStringLiteral("The user who acts, by login or id (e.g. sam.sdr)."),
                               QStringLiteral("USER")));
    }
    parser.addOption(QCommandLineOption(
        ifVersionOption,
        QStringLiteral("Act only if the lead is still at this version (as `lead show --json` gave it): "
                       "when someone changed it since, nothing is done, the message says who changed what "
                       "and the exit code is 1."),
        QStringLiteral("N")));
    addOptions(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto leadId = ValueParser::leadId(parser.positionalArguments().constFirst());
    if (!leadId)
        return parser.usageError(context, leadId.error().message);
    if (needsActor() && parser.value(asOption).trimmed().isEmpty()) {
        return parser.usageError(context,
                                 QStringLiteral("%1 needs --as USER: the login or id of the user who acts.")
                                     .arg(parser.command()));
    }
    LeadService::ExpectedVersion expected;
    if (parser.isSet(ifVersionOption)) {
        auto version = ValueParser::count(parser.value(ifVersionOption), QStringLiteral("--if-version"), 1,
                                          std::numeric_limits<int>::max());
        if (!version)
            return parser.usageError(context, version.error().message);
        expected = *version;
    }
    if (auto checked = checkOptions(parser); !checked)
        return parser.usageError(context, checked.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;

    std::optional<User> actor;
    if (needsActor()) {
        auto user = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
        if (!user)
            return context.actionFailed(user.error());
        actor = *user;
    }
    auto lead = LeadRepository(db).find(*leadId);
    if (!lead)
        return context.actionFailed(lead.error());

    LeadService service(db, context.clock());
    Request request{context, parser, db, service, *lead, actor, expected};
    return perform(request);
}

Result<void> LeadActionCommand::checkOptions(const CommandParser &) const
{
    return {};
}

int LeadActionCommand::report(Request &request, const Result<void> &outcome, const QString &detail)
{
    if (!outcome)
        return refused(request, outcome.error());
    auto after = LeadRepository(request.db).find(request.lead.id);
    if (!after)
        return request.context.actionFailed(after.error());

    QTextStream &out = request.context.out();
    out << "Lead " << describeLead(*after) << ": " << stageName(request.lead.stage) << " -> "
        << stageName(after->stage);
    if (request.actor)
        out << " by " << request.actor->login;
    if (!detail.isEmpty())
        out << "; " << detail;
    out << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

int LeadActionCommand::refused(Request &request, const Error &error)
{
    return request.context.fail(
        CommandContext::exitCodeFor(error),
        QStringLiteral("%1 Lead %2 was not changed.").arg(error.message).arg(request.lead.id));
}

QString LeadActionCommand::describeLead(const Lead &lead)
{
    QString text = QString::number(lead.id) + QStringLiteral(" (") + lead.person.name;
    if (!lead.company.name.isEmpty())
        text += QStringLiteral(", ") + lead.company.name;
    return text + QLatin1Char(')');
}

} // namespace baton::cli
