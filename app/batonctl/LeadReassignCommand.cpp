#include "LeadReassignCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "UserDirectory.h"
#include "UserResolver.h"
#include "services/RoutingService.h"

namespace baton::cli {
namespace {

const QString toOption = QStringLiteral("to");

} // namespace

QString LeadReassignCommand::description() const
{
    return QStringLiteral("A sales manager (or an admin) takes an open lead (mql or sal) from its owner "
                          "and gives it\nto a named person. The decision is kept with the lead's routing "
                          "(`route explain`), and\nthe response clock now runs for the new owner.");
}

void LeadReassignCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(QCommandLineOption(toOption, QStringLiteral("The new owner, by login or id."),
                                        QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton lead reassign 42 --to olive.sdr --as sally.manager"),
                      QStringLiteral("Sally gives lead 42 to Olive."));
}

Result<void> LeadReassignCommand::checkOptions(const CommandParser &parser) const
{
    if (parser.value(toOption).trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("lead reassign needs --to USER: the login or id of the new owner."));
    return {};
}

int LeadReassignCommand::perform(Request &request)
{
    auto to = UserResolver::resolve(request.db, request.parser.value(toOption), QStringLiteral("--to"));
    if (!to)
        return request.context.actionFailed(to.error());
    auto users = UserDirectory::load(request.db);
    if (!users)
        return request.context.actionFailed(users.error());
    const Result<void> outcome = RoutingService(request.db, request.context.clock())
                                     .reassign(request.lead.id, to->id, request.actor->id,
                                               request.expected.value_or(request.lead.version));
    if (!outcome)
        return refused(request, outcome.error());
    request.context.out() << "Lead " << describeLead(request.lead) << ": owner "
                          << users->describe(request.lead.ownerId, QStringLiteral("nobody")) << " -> "
                          << users->describe(to->id) << " by " << request.actor->login << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
