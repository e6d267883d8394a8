#include "ReviewActionsCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "MeetingJson.h"
#include "MeetingText.h"
#include "ReviewWeekOption.h"
#include "UserDirectory.h"
#include "meeting/ReviewMeetingService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString openOption = QStringLiteral("open");
const QString jsonOption = QStringLiteral("json");
const QString weekOption = QStringLiteral("week");

void describe(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(
        openOption, QStringLiteral("Every item still open or in progress, whatever week raised it, soonest "
                                   "due first.")));
    ReviewWeekOption::add(parser, false);
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a table.")));
    parser.addNote(QStringLiteral(
        "A week lists the items raised in it and, before them, those from earlier weeks that are\n"
        "still open or in progress (marked * in the table, carriedOver in JSON): an item carries\n"
        "over until it is done or dropped. Columns: id, the week it was raised in, due date,\n"
        "status, owner, metric, version (for `review action set --version`) and title."));
    parser.addExample(QStringLiteral("--db team.baton review actions"),
                      QStringLiteral("This week's items, with those carried over."));
    parser.addExample(QStringLiteral("--db team.baton review actions --week 2026-03-02 --json"),
                      QStringLiteral("The week of 2 March, for a script."));
    parser.addExample(QStringLiteral("--db team.baton review actions --open"),
                      QStringLiteral("Everything still to do."));
}

} // namespace

int ReviewActionsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("review actions"),
                         QStringLiteral("[--open | --week DATE] [--zone ZONE] [--json]"),
                         QStringLiteral("Lists the joint review's action items: a week's, with those carried "
                                        "over from earlier\nweeks, or every item still to do."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (parser.isSet(openOption) && parser.isSet(weekOption))
        return parser.usageError(context, QStringLiteral("Choose one of --open and --week."));
    if (auto checked = ReviewWeekOption::check(parser, false); !checked)
        return parser.usageError(context, checked.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    ReviewMeetingService meeting(db, context.clock());
    std::optional<QDate> week;
    Result<std::vector<ActionItem>> items = std::vector<ActionItem>();
    if (parser.isSet(openOption)) {
        items = meeting.openActionItems();
    } else {
        auto monday = ReviewWeekOption::resolve(parser, db, context.clock());
        if (!monday)
            return context.actionFailed(monday.error());
        week = *monday;
        items = meeting.actionItems(*monday);
    }
    if (!items)
        return context.actionFailed(items.error());
    auto users = UserDirectory::load(db);
    if (!users)
        return context.actionFailed(users.error());

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ActionItem &item : *items)
            array.append(MeetingJson::actionItem(item, *users));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (items->empty()) {
        out << (week ? QStringLiteral("No action items for %1.").arg(ReviewWeekOption::text(*week))
                     : QStringLiteral("No action items are open."))
            << Qt::endl;
    } else {
        out << (week ? QStringLiteral("Action items for %1 (* carried over from an earlier week):")
                           .arg(ReviewWeekOption::text(*week))
                     : QStringLiteral("Open action items, soonest due first:"))
            << '\n';
        MeetingText::writeItems(out, *items, *users);
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
