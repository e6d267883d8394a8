#include "LeadOutcomeCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "services/LeadService.h"

namespace baton::cli {
namespace {

const QString reasonOption = QStringLiteral("reason");
const QString won = QStringLiteral("won");
const QString lost = QStringLiteral("lost");

QString result(const CommandParser &parser)
{
    return parser.positionalArguments().value(1).trimmed().toLower();
}

} // namespace

QString LeadOutcomeCommand::description() const
{
    return QStringLiteral("Records how a qualified opportunity (sql) ended: won, or lost with the reason\n"
                          "it was lost. It is recorded once, with who and when; the lead stays sql, and the\n"
                          "feedback reports count it.");
}

void LeadOutcomeCommand::addOptions(CommandParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("won|lost"), QStringLiteral("How the opportunity ended."));
    parser.addOption(QCommandLineOption(
        reasonOption, QStringLiteral("Why it ended so; required when it was lost."), QStringLiteral("TEXT")));
    parser.addExample(QStringLiteral("--db team.baton lead outcome 42 won --as sam.sdr"),
                      QStringLiteral("The opportunity from lead 42 was won."));
    parser.addExample(QStringLiteral("--db team.baton lead outcome 42 lost --reason \"Chose a cheaper "
                                     "tool\" --as sam.sdr"),
                      QStringLiteral("It was lost; a loss needs its reason."));
}

Result<void> LeadOutcomeCommand::checkOptions(const CommandParser &parser) const
{
    const QString outcome = result(parser);
    if (outcome != won && outcome != lost) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("'%1' is not an outcome: say won or lost.")
                                                      .arg(parser.positionalArguments().value(1)));
    }
    if (outcome == lost && parser.value(reasonOption).trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("lead outcome ID lost needs --reason TEXT: why the opportunity was "
                                        "lost, e.g. --reason \"Chose a competitor\"."));
    }
    return {};
}

int LeadOutcomeCommand::perform(Request &request)
{
    const bool isWon = result(request.parser) == won;
    const QString reason = request.parser.value(reasonOption).trimmed();
    const Result<void> outcome =
        request.service.closeOpportunity(request.lead.id, request.actor->id, isWon, reason, request.expected);
    if (!outcome)
        return refused(request, outcome.error());
    QTextStream &out = request.context.out();
    out << "Lead " << describeLead(request.lead) << ": the opportunity was " << (isWon ? won : lost);
    if (!reason.isEmpty())
        out << " (" << reason << ')';
    out << ", recorded by " << request.actor->login << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
