#include "FeedbackDraftCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "FeedbackSuggestionsCommand.h"
#include "ReportPeriod.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "services/AgreementService.h"
#include "services/FeedbackService.h"
#include "storage/Database.h"

#include <QLocale>

namespace baton::cli {
namespace {

const QString suggestionOption = QStringLiteral("suggestion");
const QString asOption = QStringLiteral("as");

QString points(double value)
{
    return QLocale::c().toString(value, 'g', 4);
}

} // namespace

int FeedbackDraftCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("feedback draft"), QStringLiteral("--from DATE --to DATE --suggestion N --as USER"),
        QStringLiteral("Makes one of `feedback suggestions` a draft of the lead definition: the effective "
                       "version\nwith the suggested change, in the acting user's team's name (a marketing "
                       "manager's draft\nfor marketing, a sales manager's for sales). Nothing changes until "
                       "both teams sign a\nversion; the joint review decides."));
    ReportPeriod::addOptions(parser, QStringLiteral("Required: the same as for `feedback suggestions`."),
                             QStringLiteral("Required."));
    parser.addOption(QCommandLineOption(
        suggestionOption, QStringLiteral("The suggestion's number in `feedback suggestions` (required)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        asOption, QStringLiteral("The user who drafts, by login or id (a manager; e.g. mark.marketing)."),
        QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton feedback draft --from 2026-01-01 --to 2026-03-31 "
                                     "--suggestion 1 --as mark.marketing"),
                      QStringLiteral("Mark drafts marketing's version with the first suggestion made."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto period = ReportPeriod::required(parser);
    if (!period)
        return parser.usageError(context, period.error().message);
    if (!parser.isSet(suggestionOption)) {
        return parser.usageError(context, QStringLiteral("feedback draft needs --suggestion N: the number "
                                                         "`feedback suggestions` gives it."));
    }
    auto number = ValueParser::count(parser.value(suggestionOption), QStringLiteral("--suggestion"), 1,
                                     FeedbackSuggestionsCommand::limit);
    if (!number)
        return parser.usageError(context, number.error().message);
    if (parser.value(asOption).trimmed().isEmpty()) {
        return parser.usageError(
            context,
            QStringLiteral("feedback draft needs --as USER: the login or id of the user who drafts."));
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto actor = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
    if (!actor)
        return context.actionFailed(actor.error());
    FeedbackService service(db, context.clock());
    auto suggestions = service.suggestions(period->from(), period->to(), FeedbackSuggestionsCommand::limit);
    if (!suggestions)
        return context.actionFailed(suggestions.error());
    if (*number > static_cast<qint64>(suggestions->size())) {
        return context.fail(
            ExitCode::Failed,
            QStringLiteral("There is no suggestion %1 for %2: `feedback suggestions` lists %3. "
                           "No draft was made.")
                .arg(*number)
                .arg(period->text())
                .arg(suggestions->size()));
    }
    auto effective = AgreementService(db, context.clock()).effective();
    if (!effective)
        return context.actionFailed(effective.error());
    const Suggestion &chosen = suggestions->at(static_cast<size_t>(*number - 1));
    auto draft = service.draftFrom(chosen, actor->id);
    if (!draft)
        return context.actionFailed(draft.error());

    const QString team =
        draft->team ? teamName(*draft->team) + QStringLiteral("'s") : QStringLiteral("joint");
    const QString file = context.databasePath();
    context.out() << QStringLiteral("Draft %1 (%2) by %3: \u201c%4\u201d %5 \u2192 %6 points, the rest as in "
                                    "version %7.\n")
                         .arg(draft->number)
                         .arg(team, actor->login, chosen.ruleName, points(chosen.currentPoints),
                              points(chosen.proposedPoints))
                         .arg(effective->number)
                  << QStringLiteral("Look at it:      batonctl --db %1 definition show %2\n")
                         .arg(file)
                         .arg(draft->number)
                  << QStringLiteral("What it changes: batonctl --db %1 definition diff %2 %3\n")
                         .arg(file)
                         .arg(effective->number)
                         .arg(draft->number);
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
