#include "LeadRecycleCommand.h"

#include "CommandParser.h"
#include "ReasonCodes.h"
#include "TextFormat.h"
#include "ValueParser.h"
#include "services/LeadService.h"

namespace baton::cli {
namespace {

const QString revisitOption = QStringLiteral("revisit");

} // namespace

QString LeadRecycleCommand::description() const
{
    return QStringLiteral("Not now, but maybe later: the lead goes back to marketing (from mql, sal,\n"
                          "rejected or disqualified to recycled) with a reason and the date to revisit it.");
}

void LeadRecycleCommand::addOptions(CommandParser &parser) const
{
    ReasonCodes::addOptions(parser, QStringLiteral("`lead reasons --stage recycled` lists them."));
    parser.addOption(QCommandLineOption(revisitOption, QStringLiteral("The date to revisit it (required)."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addExample(QStringLiteral("--db team.baton lead recycle 42 --reason budget_cycle --revisit "
                                     "2026-07-01 --as sam.sdr"),
                      QStringLiteral("Lead 42 comes back when the new budget is there."));
}

Result<void> LeadRecycleCommand::checkOptions(const CommandParser &parser) const
{
    if (!parser.isSet(revisitOption)) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("lead recycle needs --revisit YYYY-MM-DD: the date to look at the lead "
                           "again."));
    }
    auto date = ValueParser::date(parser.value(revisitOption));
    if (!date)
        return date.error();
    return {};
}

int LeadRecycleCommand::perform(Request &request)
{
    const QString reason = request.parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return ReasonCodes::missing(request.db, Stage::Recycled, request.parser, request.context);
    const QDate revisit = *ValueParser::date(request.parser.value(revisitOption));
    const Result<void> outcome =
        request.service.recycle(request.lead.id, request.actor->id, reason,
                                request.parser.value(QStringLiteral("note")), revisit, request.expected);
    return report(request, outcome,
                  QStringLiteral("reason %1, revisit on %2").arg(reason, TextFormat::date(revisit)));
}

} // namespace baton::cli
