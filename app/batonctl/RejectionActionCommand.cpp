#include "RejectionActionCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "TextFormat.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "services/RejectionReviewService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

#include <limits>

namespace baton::cli {
namespace {

const QString asOption = QStringLiteral("as");
const QString versionOption = QStringLiteral("version");

QString describeLead(const Lead &lead)
{
    QString text = QStringLiteral("lead %1, %2").arg(lead.id).arg(lead.person.name);
    if (!lead.company.name.isEmpty())
        text += QStringLiteral(", ") + lead.company.name;
    return text;
}

} // namespace

int RejectionActionCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("rejections ") + name(), synopsis(), description());
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The review's id, as `rejections list` shows it."));
    parser.addOption(QCommandLineOption(
        asOption, QStringLiteral("The user who acts, by login or id (e.g. mark.marketing)."),
        QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(
        versionOption,
        QStringLiteral("Act only if the review is still at this version (`rejections show` prints it); "
                       "default: the version it has now."),
        QStringLiteral("N")));
    addOptions(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto reviewId = ValueParser::reviewId(parser.positionalArguments().constFirst());
    if (!reviewId)
        return parser.usageError(context, reviewId.error().message);
    if (parser.value(asOption).trimmed().isEmpty()) {
        return parser.usageError(context,
                                 QStringLiteral("%1 needs --as USER: the login or id of the user who acts.")
                                     .arg(parser.command()));
    }
    std::optional<qint64> insisted;
    if (parser.isSet(versionOption)) {
        auto version = ValueParser::count(parser.value(versionOption), QStringLiteral("--version"), 1,
                                          std::numeric_limits<qint64>::max());
        if (!version)
            return parser.usageError(context, version.error().message);
        insisted = *version;
    }
    if (auto checked = checkOptions(parser); !checked)
        return parser.usageError(context, checked.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto actor = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
    if (!actor)
        return context.actionFailed(actor.error());
    RejectionReviewService service(db, context.clock());
    auto review = service.find(*reviewId);
    if (!review)
        return context.actionFailed(review.error());
    auto lead = LeadRepository(db).find(review->leadId);
    if (!lead)
        return context.actionFailed(lead.error());

    Request request{context, parser, db, service, *review, *lead, *actor, insisted.value_or(review->version)};
    return perform(request);
}

Result<void> RejectionActionCommand::checkOptions(const CommandParser &) const
{
    return {};
}

int RejectionActionCommand::report(Request &request, const Result<void> &outcome)
{
    if (!outcome) {
        return request.context.fail(CommandContext::exitCodeFor(outcome.error()),
                                    QStringLiteral("%1 Review %2 was not changed.")
                                        .arg(outcome.error().message)
                                        .arg(request.review.id));
    }
    auto review = request.service.find(request.review.id);
    if (!review)
        return request.context.actionFailed(review.error());
    auto lead = LeadRepository(request.db).find(request.lead.id);
    if (!lead)
        return request.context.actionFailed(lead.error());

    QTextStream &out = request.context.out();
    out << "Review " << review->id << " (" << describeLead(*lead)
        << "): " << reviewStatusName(request.review.status) << " -> " << reviewStatusName(review->status)
        << " by " << request.actor.login;
    if (lead->stage != request.lead.stage) {
        out << "; lead " << lead->id << ": " << stageName(request.lead.stage) << " -> "
            << stageName(lead->stage);
        if (lead->stage == Stage::Recycled && lead->revisitOn)
            out << ", revisit on " << TextFormat::date(*lead->revisitOn);
    }
    out << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

Result<void> RejectionActionCommand::requireOption(const CommandParser &parser, const QString &option,
                                                   const QString &what)
{
    if (parser.isSet(option))
        return {};
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("%1 needs --%2 TEXT: %3").arg(parser.command(), option, what));
}

} // namespace baton::cli
