#include "LeadDisqualifyCommand.h"

#include "CommandParser.h"
#include "ReasonCodes.h"
#include "services/LeadService.h"

namespace baton::cli {

QString LeadDisqualifyCommand::description() const
{
    return QStringLiteral("An accepted lead turns out not to be a real opportunity: it moves from sal to\n"
                          "disqualified, with a reason from the agreed taxonomy.");
}

void LeadDisqualifyCommand::addOptions(CommandParser &parser) const
{
    ReasonCodes::addOptions(parser, QStringLiteral("`lead reasons --stage disqualified` lists them."));
    parser.addExample(QStringLiteral("--db team.baton lead disqualify 42 --reason no_budget --as sam.sdr"),
                      QStringLiteral("Lead 42 has no budget this year."));
}

int LeadDisqualifyCommand::perform(Request &request)
{
    const QString reason = request.parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return ReasonCodes::missing(request.db, Stage::Disqualified, request.parser, request.context);
    const Result<void> outcome =
        request.service.disqualify(request.lead.id, request.actor->id, reason,
                                   request.parser.value(QStringLiteral("note")), request.expected);
    return report(request, outcome, QStringLiteral("reason %1").arg(reason));
}

} // namespace baton::cli
