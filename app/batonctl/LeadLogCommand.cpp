#include "LeadLogCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ValueParser.h"
#include "services/LeadService.h"

namespace baton::cli {
namespace {

const QString typeOption = QStringLiteral("type");
const QString outcomeOption = QStringLiteral("outcome");

QString outcomeTable()
{
    QString text = QStringLiteral("Types and their outcomes:\n");
    for (ActivityType type : allActivityTypes) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(activityTypeName(type).leftJustified(8),
                         activityOutcomes(type).join(QStringLiteral(", ")));
    }
    text.chop(1);
    return text;
}

} // namespace

QString LeadLogCommand::description() const
{
    return QStringLiteral("Records what a salesperson did with a lead and how it went. The stage does not\n"
                          "change.");
}

void LeadLogCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(QCommandLineOption(
        typeOption, QStringLiteral("What was done: %1 (required).").arg(ValueParser::activityTypeNames()),
        QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(outcomeOption,
                                        QStringLiteral("How it went; one of the type's outcomes (required "
                                                       "when the type has more than one)."),
                                        QStringLiteral("OUTCOME")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), QStringLiteral("What was said or agreed."),
                                        QStringLiteral("TEXT")));
    parser.addNote(outcomeTable());
    parser.addExample(
        QStringLiteral("--db team.baton lead log 42 --type call --outcome no_answer --as sam.sdr"),
        QStringLiteral("Sam called lead 42; nobody answered."));
    parser.addExample(QStringLiteral("--db team.baton lead log 42 --type meeting --outcome held --note "
                                     "\"Demo for the team\" --as sam.sdr"),
                      QStringLiteral("A meeting took place."));
}

Result<std::pair<ActivityType, QString>> LeadLogCommand::activity(const CommandParser &parser)
{
    if (!parser.isSet(typeOption)) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("lead log needs --type TYPE. Types: %1.").arg(ValueParser::activityTypeNames()));
    }
    auto type = ValueParser::activityType(parser.value(typeOption));
    if (!type)
        return type.error();
    const QStringList outcomes = activityOutcomes(*type);
    if (!parser.isSet(outcomeOption)) {
        if (outcomes.size() == 1)
            return std::pair{*type, outcomes.constFirst()};
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("lead log needs --outcome OUTCOME. Outcomes of a %1: %2.")
                             .arg(activityTypeName(*type), outcomes.join(QStringLiteral(", "))));
    }
    auto outcome = ValueParser::outcome(*type, parser.value(outcomeOption));
    if (!outcome)
        return outcome.error();
    return std::pair{*type, *outcome};
}

Result<void> LeadLogCommand::checkOptions(const CommandParser &parser) const
{
    auto checked = activity(parser);
    if (!checked)
        return checked.error();
    return {};
}

int LeadLogCommand::perform(Request &request)
{
    const auto [type, outcome] = *activity(request.parser);
    auto logged = request.service.logActivity(request.lead.id, request.actor->id, type, outcome,
                                              request.parser.value(QStringLiteral("note")), request.expected);
    if (!logged)
        return refused(request, logged.error());
    request.context.out() << "Logged " << activityTypeName(type) << " (" << outcome << ") on lead "
                          << describeLead(request.lead) << " by " << request.actor->login << " as activity "
                          << *logged << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
