#include "LeadRerouteCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "RoutingText.h"
#include "UserDirectory.h"
#include "services/RoutingService.h"

namespace baton::cli {

QString LeadRerouteCommand::description() const
{
    return QStringLiteral("A sales manager (or an admin) runs the routing rules on an open lead (mql or sal) "
                          "again;\nits current owner is not a candidate. When nobody else can take it, it "
                          "stays where it is.\nThe decision and its reason are kept with the lead's routing "
                          "(`route explain`).");
}

void LeadRerouteCommand::addOptions(CommandParser &parser) const
{
    parser.addExample(QStringLiteral("--db team.baton lead reroute 42 --as sally.manager"),
                      QStringLiteral("Lead 42 goes to whoever the rules pick now, other than its owner."));
}

int LeadRerouteCommand::perform(Request &request)
{
    auto decision =
        RoutingService(request.db, request.context.clock())
            .reroute(request.lead.id, request.actor->id, request.expected.value_or(request.lead.version));
    if (!decision)
        return refused(request, decision.error());
    auto users = UserDirectory::load(request.db);
    if (!users)
        return request.context.actionFailed(users.error());
    QTextStream &out = request.context.out();
    out << "Lead " << describeLead(request.lead) << ": ";
    if (decision->assigneeId)
        out << "re-routed to " << users->describe(decision->assigneeId) << " by " << request.actor->login;
    else
        out << "nobody else can take it now; it stays with "
            << users->describe(request.lead.ownerId, QStringLiteral("nobody"));
    out << "; rule: " << RoutingText::rule(decision->ruleName, decision->rulePosition) << ". "
        << decision->reason << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
