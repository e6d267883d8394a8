#include "RejectionCommentCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "services/RejectionReviewService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

namespace baton::cli {
namespace {

const QString textOption = QStringLiteral("text");
const QString asOption = QStringLiteral("as");

} // namespace

int RejectionCommentCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("rejections comment"), QStringLiteral("LEAD_ID --text TEXT --as USER"),
        QStringLiteral("Adds a comment to a lead's thread: one thread per lead, with the review steps and "
                       "their\nwords, read by marketing and sales alike (`rejections show` prints it). "
                       "Anyone may comment."));
    parser.addPositionalArgument(
        QStringLiteral("LEAD_ID"),
        QStringLiteral("The lead's id, as `lead list` or `rejections list` shows it."));
    parser.addOption(
        QCommandLineOption(textOption, QStringLiteral("The comment (required)."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(asOption,
                                        QStringLiteral("The user who writes, by login or id (e.g. sam.sdr)."),
                                        QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton rejections comment 42 --text \"Called back: she "
                                     "forwards to the CMO\" --as sam.sdr"),
                      QStringLiteral("Sam adds what he learned to lead 42's thread."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto leadId = ValueParser::leadId(parser.positionalArguments().constFirst());
    if (!leadId)
        return parser.usageError(context, leadId.error().message);
    if (!parser.isSet(textOption))
        return parser.usageError(context,
                                 QStringLiteral("rejections comment needs --text TEXT: the comment."));
    if (parser.value(asOption).trimmed().isEmpty()) {
        return parser.usageError(
            context, QStringLiteral("rejections comment needs --as USER: the login or id of the user "
                                    "who writes."));
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto actor = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
    if (!actor)
        return context.actionFailed(actor.error());
    auto id =
        RejectionReviewService(db, context.clock()).comment(*leadId, actor->id, parser.value(textOption));
    if (!id)
        return context.actionFailed(id.error());
    auto lead = LeadRepository(db).find(*leadId);
    if (!lead)
        return context.actionFailed(lead.error());
    context.out() << "Comment " << *id << " added to the thread of lead " << lead->id << " ("
                  << lead->person.name;
    if (!lead->company.name.isEmpty())
        context.out() << ", " << lead->company.name;
    context.out() << ") by " << actor->login << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
