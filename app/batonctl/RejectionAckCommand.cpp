#include "RejectionAckCommand.h"

#include "CommandParser.h"
#include "services/RejectionReviewService.h"

namespace baton::cli {
namespace {

const QString noteOption = QStringLiteral("note");

} // namespace

QString RejectionAckCommand::description() const
{
    return QStringLiteral(
        "Marketing agrees with sales: the reason the lead was turned down stands. The review\n"
        "moves from open to acknowledged, with the note (if any) in the lead's thread. A\n"
        "marketing manager or an admin may.");
}

void RejectionAckCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(QCommandLineOption(noteOption, QStringLiteral("Words for sales, in the lead's thread."),
                                        QStringLiteral("TEXT")));
    parser.addExample(QStringLiteral("--db team.baton rejections ack 7 --as mark.marketing"),
                      QStringLiteral("Mark agrees with review 7's reason."));
    parser.addExample(QStringLiteral("--db team.baton rejections ack 7 --note \"Fair: the form lets interns "
                                     "through\" --version 1 --as mark.marketing"),
                      QStringLiteral("With a note, and only if nobody moved the review on since version 1."));
}

int RejectionAckCommand::perform(Request &request)
{
    return report(request,
                  request.service.acknowledge(request.review.id, request.actor.id,
                                              request.parser.value(noteOption), request.expectedVersion));
}

} // namespace baton::cli
