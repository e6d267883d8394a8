#include "RejectionDisputeCommand.h"

#include "CommandParser.h"
#include "services/RejectionReviewService.h"

namespace baton::cli {
namespace {

const QString commentOption = QStringLiteral("comment");

} // namespace

QString RejectionDisputeCommand::description() const
{
    return QStringLiteral("Marketing disagrees with the reason a lead was turned down: the review moves to\n"
                          "disputed, the comment says why in the lead's thread, and the sales manager then\n"
                          "upholds the rejection or reopens the lead (`rejections resolve`). A marketing\n"
                          "manager or an admin may.");
}

void RejectionDisputeCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(QCommandLineOption(
        commentOption, QStringLiteral("Why the reason does not hold, for the sales manager (required)."),
        QStringLiteral("TEXT")));
    parser.addExample(QStringLiteral("--db team.baton rejections dispute 7 --comment \"She signs off the "
                                     "budget; see the webinar question\" --as mark.marketing"),
                      QStringLiteral("Mark disputes review 7: the contact does have authority."));
}

Result<void> RejectionDisputeCommand::checkOptions(const CommandParser &parser) const
{
    return requireOption(parser, commentOption,
                         QStringLiteral("why the reason does not hold, for the sales manager."));
}

int RejectionDisputeCommand::perform(Request &request)
{
    return report(request,
                  request.service.dispute(request.review.id, request.actor.id,
                                          request.parser.value(commentOption), request.expectedVersion));
}

} // namespace baton::cli
