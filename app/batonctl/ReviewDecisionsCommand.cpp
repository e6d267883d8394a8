#include "ReviewDecisionsCommand.h"

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

const QString jsonOption = QStringLiteral("json");

void describe(CommandParser &parser)
{
    ReviewWeekOption::add(parser, false);
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a table.")));
    parser.addNote(QStringLiteral("Columns: id, when it was recorded (UTC), who recorded it, the metric that "
                                  "prompted it,\nthe definition version it links to, and the decision."));
    parser.addExample(QStringLiteral("--db team.baton review decisions --week 2026-03-02"),
                      QStringLiteral("What the review of the week of 2 March decided."));
}

} // namespace

int ReviewDecisionsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("review decisions"),
                         QStringLiteral("[--week DATE] [--zone ZONE] [--json]"),
                         QStringLiteral("Lists what the joint review decided in a week, oldest first."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (auto checked = ReviewWeekOption::check(parser, false); !checked)
        return parser.usageError(context, checked.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto week = ReviewWeekOption::resolve(parser, db, context.clock());
    if (!week)
        return context.actionFailed(week.error());
    auto decisions = ReviewMeetingService(db, context.clock()).decisions(*week);
    if (!decisions)
        return context.actionFailed(decisions.error());
    auto users = UserDirectory::load(db);
    if (!users)
        return context.actionFailed(users.error());

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ReviewDecision &decision : *decisions)
            array.append(MeetingJson::decision(decision, *users));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (decisions->empty()) {
        out << "No decisions for " << ReviewWeekOption::text(*week) << '.' << Qt::endl;
    } else {
        out << "Decisions of " << ReviewWeekOption::text(*week) << ":\n";
        MeetingText::writeDecisions(out, *decisions, *users);
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
