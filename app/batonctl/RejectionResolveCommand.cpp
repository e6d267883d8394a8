#include "RejectionResolveCommand.h"

#include "CommandParser.h"
#include "services/RejectionReviewService.h"

namespace baton::cli {
namespace {

const QString upholdOption = QStringLiteral("uphold");
const QString reopenOption = QStringLiteral("reopen");
const QString commentOption = QStringLiteral("comment");

} // namespace

QString RejectionResolveCommand::description() const
{
    return QStringLiteral(
        "The sales manager decides a disputed rejection: --uphold keeps it (the review is\n"
        "upheld), --reopen sends the lead back to its owner's queue (the lead is mql again,\n"
        "the review reopened). The comment tells marketing the decision, in the lead's\n"
        "thread. A sales manager or an admin may.");
}

void RejectionResolveCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(QCommandLineOption(upholdOption, QStringLiteral("The rejection stands.")));
    parser.addOption(
        QCommandLineOption(reopenOption, QStringLiteral("The lead goes back to the queue (mql).")));
    parser.addOption(QCommandLineOption(commentOption,
                                        QStringLiteral("The decision in words, for marketing (required)."),
                                        QStringLiteral("TEXT")));
    parser.addExample(QStringLiteral("--db team.baton rejections resolve 7 --reopen --comment \"Agreed, Sam "
                                     "calls her again\" --as sally.manager"),
                      QStringLiteral("Sally sides with marketing: lead back in the queue."));
    parser.addExample(QStringLiteral("--db team.baton rejections resolve 8 --uphold --comment \"Still a "
                                     "student\" --as sally.manager"),
                      QStringLiteral("The rejection of review 8 stands."));
}

Result<void> RejectionResolveCommand::checkOptions(const CommandParser &parser) const
{
    if (parser.isSet(upholdOption) == parser.isSet(reopenOption)) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("rejections resolve needs one of --uphold (the rejection stands) and "
                                        "--reopen (the lead goes back to the queue)."));
    }
    return requireOption(parser, commentOption, QStringLiteral("the decision in words, for marketing."));
}

int RejectionResolveCommand::perform(Request &request)
{
    const auto resolution = request.parser.isSet(reopenOption) ? RejectionReviewService::Resolution::Reopen
                                                               : RejectionReviewService::Resolution::Uphold;
    return report(request,
                  request.service.resolve(request.review.id, request.actor.id, resolution,
                                          request.parser.value(commentOption), request.expectedVersion));
}

} // namespace baton::cli
