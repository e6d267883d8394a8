#include "ReviewActionSetCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "meeting/ReviewMeetingService.h"
#include "storage/Database.h"

#include <QStringList>

#include <limits>

namespace baton::cli {
namespace {

const QString statusOption = QStringLiteral("status");
const QString versionOption = QStringLiteral("version");
const QString asOption = QStringLiteral("as");

QString statusNames()
{
    QStringList names;
    for (ActionStatus status : allActionStatuses)
        names << actionStatusName(status);
    return names.join(QStringLiteral(", "));
}

void describe(CommandParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The action item's id, as `review actions` shows it."));
    parser.addOption(QCommandLineOption(statusOption,
                                        QStringLiteral("The new status (required): %1.").arg(statusNames()),
                                        QStringLiteral("STATUS")));
    parser.addOption(QCommandLineOption(
        versionOption,
        QStringLiteral("Change it only if it is still at this version (`review actions` prints it); default: "
                       "the version it has now."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        asOption, QStringLiteral("The user who acts, by login or id (required)."), QStringLiteral("USER")));
    parser.addNote(QStringLiteral("The item's owner, a sales or marketing manager or an admin may change its "
                                  "status.\nDone and dropped items stop carrying over to later weeks."));
    parser.addExample(QStringLiteral("--db team.baton review action set 5 --status done --version 2 --as "
                                     "sally.manager"),
                      QStringLiteral("Sally finished item 5, unless someone moved it on since version 2."));
}

} // namespace

int ReviewActionSetCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("review action set"), QStringLiteral("ID --status STATUS [--version N] --as USER"),
        QStringLiteral("Moves an action item of the joint review on: open, in_progress, done "
                       "or dropped."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto id =
        ValueParser::count(parser.positionalArguments().constFirst(), QStringLiteral("the action item's id"),
                           1, std::numeric_limits<qint64>::max());
    if (!id)
        return parser.usageError(context, id.error().message);
    if (!parser.isSet(statusOption)) {
        return parser.usageError(
            context, QStringLiteral("review action set needs --status STATUS: %1.").arg(statusNames()));
    }
    const auto status = actionStatusFromName(parser.value(statusOption).trimmed());
    if (!status) {
        return parser.usageError(context, QStringLiteral("There is no action item status '%1'. Statuses: %2.")
                                              .arg(parser.value(statusOption), statusNames()));
    }
    if (parser.value(asOption).trimmed().isEmpty()) {
        return parser.usageError(
            context,
            QStringLiteral("review action set needs --as USER: the login or id of the user who acts."));
    }
    std::optional<qint64> insisted;
    if (parser.isSet(versionOption)) {
        auto version = ValueParser::count(parser.value(versionOption), QStringLiteral("--version"), 1,
                                          std::numeric_limits<qint64>::max());
        if (!version)
            return parser.usageError(context, version.error().message);
        insisted = *version;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto actor = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
    if (!actor)
        return context.actionFailed(actor.error());
    ReviewMeetingService meeting(db, context.clock());
    auto before = meeting.actionItem(*id);
    if (!before)
        return context.actionFailed(before.error());
    auto changed = meeting.setActionStatus(*id, *status, actor->id, insisted.value_or(before->version));
    if (!changed) {
        return context.fail(
            CommandContext::exitCodeFor(changed.error()),
            QStringLiteral("%1 Action item %2 was not changed.").arg(changed.error().message).arg(*id));
    }
    auto after = meeting.actionItem(*id);
    if (!after)
        return context.actionFailed(after.error());
    context.out() << "Action item " << *id << ": " << actionStatusName(before->status) << " -> "
                  << actionStatusName(after->status) << " by " << actor->login << " (version "
                  << after->version << ")." << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
