#include "FeedbackSuggestionsCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReportPeriod.h"
#include "services/FeedbackService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

QJsonObject toJson(int number, const Suggestion &suggestion)
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("text"), suggestion.text},
            {QStringLiteral("rule"), QJsonObject{{QStringLiteral("key"), suggestion.ruleKey},
                                                 {QStringLiteral("name"), suggestion.ruleName}}},
            {QStringLiteral("reason"), QJsonObject{{QStringLiteral("code"), suggestion.reasonCode},
                                                   {QStringLiteral("label"), suggestion.reasonLabel}}},
            {QStringLiteral("dominated"), suggestion.dominated},
            {QStringLiteral("dominatedWithReason"), suggestion.dominatedWithReason},
            {QStringLiteral("rest"), suggestion.rest},
            {QStringLiteral("restWithReason"), suggestion.restWithReason},
            // The rest never turned down for the reason: infinitely as often, which JSON cannot hold.
            {QStringLiteral("ratio"),
             std::isinf(suggestion.ratio) ? QJsonValue(QJsonValue::Null) : QJsonValue(suggestion.ratio)},
            {QStringLiteral("currentPoints"), suggestion.currentPoints},
            {QStringLiteral("proposedPoints"), suggestion.proposedPoints}};
}

} // namespace

int FeedbackSuggestionsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("feedback suggestions"), QStringLiteral("--from DATE --to DATE [--json]"),
        QStringLiteral("Lists the changes to the lead definition that the period's feedback points at: "
                       "rules whose\nleads are turned down for one reason at least twice as often as the "
                       "rest, most striking\nfirst, each with its numbers and the change proposed. "
                       "`feedback draft --suggestion N` makes\none of them a draft of the definition."));
    ReportPeriod::addOptions(parser, QStringLiteral("Required."), QStringLiteral("Required."));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a list.")));
    parser.addNote(QStringLiteral("At most %1 suggestions; a rule needs at least %2 decided handoffs whose "
                                  "points came mostly\nfrom it, and %3 of them turned down for the reason.")
                       .arg(FeedbackSuggestionsCommand::limit)
                       .arg(FeedbackService::minimumDominated)
                       .arg(FeedbackService::minimumWithReason));
    parser.addExample(
        QStringLiteral("--db team.baton feedback suggestions --from 2026-01-01 --to 2026-03-31"),
        QStringLiteral("What a quarter of feedback says about the scoring."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto period = ReportPeriod::required(parser);
    if (!period)
        return parser.usageError(context, period.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto suggestions =
        FeedbackService(**opened, context.clock()).suggestions(period->from(), period->to(), limit);
    if (!suggestions)
        return context.actionFailed(suggestions.error());

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        int number = 0;
        for (const Suggestion &suggestion : *suggestions)
            array.append(toJson(++number, suggestion));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (suggestions->empty()) {
        out << "No suggestions from " << period->text()
            << ": no rule's leads are turned down for one reason far more often than the rest." << Qt::endl;
    } else {
        int number = 0;
        for (const Suggestion &suggestion : *suggestions)
            out << ++number << ". " << suggestion.text << '\n';
        out << "\n`feedback draft --from " << parser.value(QStringLiteral("from")) << " --to "
            << parser.value(QStringLiteral("to")) << " --suggestion N --as USER` makes one a draft."
            << Qt::endl;
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
