#include "LeadRejectCommand.h"

#include "CommandParser.h"
#include "ReasonCodes.h"
#include "services/LeadService.h"

namespace baton::cli {

QString LeadRejectCommand::description() const
{
    return QStringLiteral("Sales refuses a lead that marketing handed over: the lead moves from mql to\n"
                          "rejected. A reason from the agreed taxonomy is required; marketing sees it and\n"
                          "may acknowledge, dispute or recycle the lead.");
}

void LeadRejectCommand::addOptions(CommandParser &parser) const
{
    ReasonCodes::addOptions(parser, QStringLiteral("`lead reasons --stage rejected` lists them."));
    parser.addExample(QStringLiteral("--db team.baton lead reject 42 --reason no_authority --as sam.sdr"),
                      QStringLiteral("Sam rejects lead 42: the contact cannot buy."));
    parser.addExample(QStringLiteral("--db team.baton lead reject 42 --reason other --note \"Agency, not a "
                                     "client\" --as sam.sdr"),
                      QStringLiteral("The reason \"other\" needs a note."));
}

int LeadRejectCommand::perform(Request &request)
{
    if (request.parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ReasonCodes::missing(request.db, Stage::Rejected, request.parser, request.context);
    const QString reason = request.parser.value(QStringLiteral("reason")).trimmed();
    const Result<void> outcome =
        request.service.reject(request.lead.id, request.actor->id, reason,
                               request.parser.value(QStringLiteral("note")), request.expected);
    return report(request, outcome, QStringLiteral("reason %1").arg(reason));
}

} // namespace baton::cli
