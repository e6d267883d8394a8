#include "ReviewDecideCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "MeetingText.h"
#include "ReviewWeekOption.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "meeting/ReviewMeetingService.h"
#include "storage/Database.h"
#include "storage/DefinitionRepository.h"

#include <limits>

namespace baton::cli {
namespace {

const QString textOption = QStringLiteral("text");
const QString metricOption = QStringLiteral("metric");
const QString definitionOption = QStringLiteral("definition");
const QString asOption = QStringLiteral("as");

void describe(CommandParser &parser)
{
    ReviewWeekOption::add(parser, true);
    parser.addOption(QCommandLineOption(textOption, QStringLiteral("What was decided (required)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        metricOption, QStringLiteral("The metric that prompted it: %1.").arg(MeetingText::metricNames()),
        QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(
        definitionOption,
        QStringLiteral("The definition version it led to, by number (`definition list` shows them)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(asOption,
                                        QStringLiteral("The user who records it, by login or id (required)."),
                                        QStringLiteral("USER")));
    parser.addNote(QStringLiteral("Anyone with a user in the file may record the joint review's decisions."));
    parser.addExample(
        QStringLiteral("--db team.baton review decide --week 2026-03-02 --metric acceptance_rate "
                       "--text \"Webinar leads need a title filter\" --definition 4 --as "
                       "mark.marketing"),
        QStringLiteral("Recorded next to the acceptance rate, linked to definition draft 4."));
}

} // namespace

int ReviewDecideCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("review decide"),
        QStringLiteral("--week DATE --text TEXT [--metric KEY] [--definition N] --as USER"),
        QStringLiteral("Records what the joint review decided, in the week it met and next to "
                       "the metric that\nprompted it."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (auto checked = ReviewWeekOption::check(parser, true); !checked)
        return parser.usageError(context, checked.error().message);
    if (!parser.isSet(textOption)) {
        return parser.usageError(context,
                                 QStringLiteral("review decide needs --text TEXT: what was decided."));
    }
    if (parser.value(asOption).trimmed().isEmpty()) {
        return parser.usageError(
            context,
            QStringLiteral("review decide needs --as USER: the login or id of the user who records it."));
    }
    std::optional<int> definitionNumber;
    if (parser.isSet(definitionOption)) {
        auto number = ValueParser::count(parser.value(definitionOption), QStringLiteral("--definition"), 1,
                                         std::numeric_limits<int>::max());
        if (!number)
            return parser.usageError(context, number.error().message);
        definitionNumber = static_cast<int>(*number);
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto actor = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
    if (!actor)
        return context.actionFailed(actor.error());
    ReviewMeetingService::Decision decision;
    if (definitionNumber) {
        auto version = DefinitionRepository(db).findByNumber(*definitionNumber);
        if (!version)
            return context.actionFailed(version.error());
        decision.definitionVersionId = version->id;
    }
    auto week = ReviewWeekOption::resolve(parser, db, context.clock());
    if (!week)
        return context.actionFailed(week.error());
    decision.week = *week;
    decision.metric = parser.value(metricOption);
    decision.text = parser.value(textOption);
    ReviewMeetingService meeting(db, context.clock());
    auto id = meeting.decide(decision, actor->id);
    if (!id)
        return context.actionFailed(id.error());

    QTextStream &out = context.out();
    out << "Decision " << *id << " recorded for " << ReviewWeekOption::text(*week) << " by " << actor->login;
    if (!decision.metric.trimmed().isEmpty())
        out << ", next to " << decision.metric.trimmed();
    if (definitionNumber)
        out << ", linked to definition " << *definitionNumber;
    out << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
