#include "LeadConvertCommand.h"

#include "CommandParser.h"
#include "TextFormat.h"
#include "ValueParser.h"
#include "services/LeadService.h"

namespace baton::cli {
namespace {

const QString valueOption = QStringLiteral("value");

} // namespace

QString LeadConvertCommand::description() const
{
    return QStringLiteral("An accepted lead is a qualified opportunity: it moves from sal to sql and the\n"
                          "opportunity's value is recorded.");
}

void LeadConvertCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(
        QCommandLineOption(valueOption,
                           QStringLiteral("The opportunity's value in currency units, with up to "
                                          "two decimals and no separators (required)."),
                           QStringLiteral("AMOUNT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("note"), QStringLiteral("What was agreed, next steps."), QStringLiteral("TEXT")));
    parser.addExample(QStringLiteral("--db team.baton lead convert 42 --value 12500 --as sam.sdr"),
                      QStringLiteral("Lead 42 is an opportunity worth 12,500."));
    parser.addExample(QStringLiteral("--db team.baton lead convert 42 --value 8400.50 --note \"Pilot, 20 "
                                     "seats\" --as sam.sdr"),
                      QStringLiteral("With cents and a note."));
}

Result<void> LeadConvertCommand::checkOptions(const CommandParser &parser) const
{
    if (!parser.isSet(valueOption)) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("lead convert needs --value AMOUNT: the opportunity's value, e.g. 12500."));
    }
    auto cents = ValueParser::money(parser.value(valueOption));
    if (!cents)
        return cents.error();
    return {};
}

int LeadConvertCommand::perform(Request &request)
{
    const qint64 cents = *ValueParser::money(request.parser.value(valueOption));
    const Result<void> outcome = request.service.convert(request.lead.id, request.actor->id, cents,
                                                         request.parser.value(QStringLiteral("note")));
    return report(request, outcome, QStringLiteral("value %1").arg(TextFormat::money(cents)));
}

} // namespace baton::cli
