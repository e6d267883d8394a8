#include "RejectionShowCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReviewJson.h"
#include "ReviewText.h"
#include "UserDirectory.h"
#include "ValueParser.h"
#include "feedback/FeedbackLabels.h"
#include "services/RejectionReviewService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

} // namespace

int RejectionShowCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("rejections show"), QStringLiteral("ID [--json]"),
        QStringLiteral(
            "Shows marketing's review of one rejection or disqualification: the lead, the reason "
            "with\nits label and the owner's note, the lead's campaign and score at handoff, the "
            "review's\nstatus with who set it and when, and the lead's thread (comments and review "
            "steps,\noldest first), which both teams read."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The review's id, as `rejections list` shows it."));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the review and its thread as one "
                                                                   "JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton rejections show 7"),
                      QStringLiteral("Where review 7 stands, and what both teams wrote about the lead."));
    parser.addExample(QStringLiteral("--db team.baton rejections show 7 --json"),
                      QStringLiteral("The same as JSON."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto reviewId = ValueParser::reviewId(parser.positionalArguments().constFirst());
    if (!reviewId)
        return parser.usageError(context, reviewId.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    RejectionReviewService service(db, context.clock());
    auto review = service.find(*reviewId);
    if (!review)
        return context.actionFailed(review.error());
    auto thread = service.thread(review->leadId);
    if (!thread)
        return context.actionFailed(thread.error());
    auto lead = LeadRepository(db).find(review->leadId);
    if (!lead)
        return context.actionFailed(lead.error());
    auto labels = FeedbackLabels::load(db);
    if (!labels)
        return context.actionFailed(labels.error());
    auto users = UserDirectory::load(db);
    if (!users)
        return context.actionFailed(users.error());

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonObject object = ReviewJson::review(*review, *labels, *users);
        QJsonObject leadObject = object.value(QStringLiteral("lead")).toObject();
        leadObject.insert(QStringLiteral("stageNow"), stageName(lead->stage));
        object.insert(QStringLiteral("lead"), leadObject);
        QJsonArray entries;
        for (const LeadComment &entry : *thread)
            entries.append(ReviewJson::comment(entry, *users));
        object.insert(QStringLiteral("thread"), entries);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        ReviewText::writeReview(out, *review, lead->stage, *labels, *users);
        out << '\n';
        ReviewText::writeThread(out, *thread, *users);
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
