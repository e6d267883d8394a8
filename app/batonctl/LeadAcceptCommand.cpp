#include "LeadAcceptCommand.h"

#include "CommandParser.h"
#include "services/LeadService.h"

namespace baton::cli {

QString LeadAcceptCommand::description() const
{
    return QStringLiteral("Sales accepts a lead that marketing handed over: the lead moves from mql to sal.\n"
                          "A lead without an owner becomes the accepting user's.");
}

void LeadAcceptCommand::addOptions(CommandParser &parser) const
{
    parser.addExample(QStringLiteral("--db team.baton lead accept 42 --as sam.sdr"),
                      QStringLiteral("Sam accepts lead 42."));
}

int LeadAcceptCommand::perform(Request &request)
{
    const bool hadOwner = request.lead.ownerId.has_value();
    const Result<void> outcome = request.service.accept(request.lead.id, request.actor->id, request.expected);
    return report(request, outcome,
                  hadOwner ? QString() : QStringLiteral("owner now %1").arg(request.actor->login));
}

} // namespace baton::cli
