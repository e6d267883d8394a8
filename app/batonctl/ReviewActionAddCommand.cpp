#include "ReviewActionAddCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "MeetingText.h"
#include "ReviewWeekOption.h"
#include "RoutingValueParser.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "meeting/ReviewMeetingService.h"
#include "storage/Database.h"

#include <limits>

namespace baton::cli {
namespace {

const QString titleOption = QStringLiteral("title");
const QString ownerOption = QStringLiteral("owner");
const QString dueOption = QStringLiteral("due");
const QString metricOption = QStringLiteral("metric");
const QString decisionOption = QStringLiteral("decision");
const QString asOption = QStringLiteral("as");

void describe(CommandParser &parser)
{
    ReviewWeekOption::add(parser, true);
    parser.addOption(QCommandLineOption(titleOption, QStringLiteral("What is to be done (required)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        ownerOption, QStringLiteral("Who does it, by login or id (required)."), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(dueOption, QStringLiteral("When it is due, YYYY-MM-DD (required)."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(
        metricOption, QStringLiteral("The metric that prompted it: %1.").arg(MeetingText::metricNames()),
        QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(
        decisionOption, QStringLiteral("The decision it carries out, by id (`review decisions` shows them)."),
        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(asOption,
                                        QStringLiteral("The user who records it, by login or id (required)."),
                                        QStringLiteral("USER")));
    parser.addNote(QStringLiteral(
        "Anyone with a user in the file may raise action items. An item is open until its owner or\n"
        "a manager moves it on with `review action set`; it carries over week to week until done or\n"
        "dropped."));
    parser.addExample(
        QStringLiteral("--db team.baton review action add --week 2026-03-02 --title \"Call back "
                       "last week's stale MQLs\" --owner sally.manager --due 2026-03-06 "
                       "--metric stale_mqls --as mark.marketing"),
        QStringLiteral("Sally owns it, due Friday."));
}

Result<void> require(const CommandParser &parser, const QString &option, const QString &what)
{
    if (!parser.value(option).trimmed().isEmpty())
        return {};
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("review action add needs --%1: %2").arg(option, what));
}

} // namespace

int ReviewActionAddCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("review action add"),
        QStringLiteral("--week DATE --title TEXT --owner USER --due DATE [--metric KEY] "
                       "[--decision ID] --as USER"),
        QStringLiteral("Raises an action item in the joint review: what is to be done, by whom "
                       "and by when."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (auto checked = ReviewWeekOption::check(parser, true); !checked)
        return parser.usageError(context, checked.error().message);
    for (const auto &[option, what] :
         {std::pair{titleOption, QStringLiteral("TEXT, what is to be done.")},
          std::pair{ownerOption, QStringLiteral("USER, the login or id of who does it.")},
          std::pair{dueOption, QStringLiteral("DATE, when it is due, e.g. 2026-03-06.")},
          std::pair{asOption, QStringLiteral("USER, the login or id of the user who records it.")}}) {
        if (auto given = require(parser, option, what); !given)
            return parser.usageError(context, given.error().message);
    }
    auto due = RoutingValueParser::date(parser.value(dueOption), QStringLiteral("--due"));
    if (!due)
        return parser.usageError(context, due.error().message);
    std::optional<qint64> decisionId;
    if (parser.isSet(decisionOption)) {
        auto id = ValueParser::count(parser.value(decisionOption), QStringLiteral("--decision"), 1,
                                     std::numeric_limits<qint64>::max());
        if (!id)
            return parser.usageError(context, id.error().message);
        decisionId = *id;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto actor = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
    if (!actor)
        return context.actionFailed(actor.error());
    auto owner = UserResolver::resolve(db, parser.value(ownerOption), QStringLiteral("--owner"));
    if (!owner)
        return context.actionFailed(owner.error());
    auto week = ReviewWeekOption::resolve(parser, db, context.clock());
    if (!week)
        return context.actionFailed(week.error());
    ReviewMeetingService::NewActionItem item;
    item.week = *week;
    item.metric = parser.value(metricOption);
    item.decisionId = decisionId;
    item.title = parser.value(titleOption);
    item.ownerId = owner->id;
    item.dueOn = *due;
    auto id = ReviewMeetingService(db, context.clock()).addActionItem(item, actor->id);
    if (!id)
        return context.actionFailed(id.error());

    context.out() << "Action item " << *id << " raised in " << ReviewWeekOption::text(*week) << ": \""
                  << item.title.trimmed() << "\", owner " << owner->login << ", due "
                  << due->toString(Qt::ISODate) << " (open, version 1)." << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
