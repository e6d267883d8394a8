#include "RejectionRecycleCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReasonCodes.h"
#include "ValueParser.h"
#include "services/RejectionReviewService.h"

namespace baton::cli {
namespace {

const QString reasonOption = QStringLiteral("reason");
const QString revisitOption = QStringLiteral("revisit");
const QString noteOption = QStringLiteral("note");

} // namespace

QString RejectionRecycleCommand::description() const
{
    return QStringLiteral(
        "Not for sales now, but maybe later: marketing takes the lead back (rejected or\n"
        "disqualified -> recycled) with a reason from the recycling taxonomy and the date to\n"
        "revisit it; the review moves to recycled. Works on an open, acknowledged or upheld\n"
        "review. A marketing manager or an admin may.");
}

void RejectionRecycleCommand::addOptions(CommandParser &parser) const
{
    ReasonCodes::addOptions(parser, QStringLiteral("`lead reasons --stage recycled` lists them."));
    parser.addOption(QCommandLineOption(revisitOption, QStringLiteral("The date to revisit it (required)."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addExample(
        QStringLiteral("--db team.baton rejections recycle 7 --reason budget_cycle --revisit "
                       "2026-07-01 --as mark.marketing"),
        QStringLiteral("Review 7's lead comes back to marketing until the new budget is there."));
}

Result<void> RejectionRecycleCommand::checkOptions(const CommandParser &parser) const
{
    if (!parser.isSet(revisitOption)) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("rejections recycle needs --revisit YYYY-MM-DD: the date to look at the "
                           "lead again."));
    }
    auto date = ValueParser::date(parser.value(revisitOption));
    if (!date)
        return date.error();
    return {};
}

int RejectionRecycleCommand::perform(Request &request)
{
    const QString reason = request.parser.value(reasonOption).trimmed();
    if (reason.isEmpty())
        return ReasonCodes::missing(request.db, Stage::Recycled, request.parser, request.context);
    const QDate revisit = *ValueParser::date(request.parser.value(revisitOption));
    return report(request, request.service.recycle(request.review.id, request.actor.id, reason,
                                                   request.parser.value(noteOption), revisit,
                                                   request.expectedVersion));
}

} // namespace baton::cli
