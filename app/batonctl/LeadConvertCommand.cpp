#include "LeadConvertCommand.h"

#include "CommandParser.h"
#include "TextFormat.h"
#include "ValueParser.h"
#include "services/LeadService.h"

namespace baton::cli {
namespace {

const QString valueOption = QStringLiteral("value");
const QString answerOption = QStringLiteral("answer");
const QString closeOption = QStringLiteral("expected-close");

/// "budget=yes", "authority=unknown:CFO not met yet".
Result<ChecklistAnswer> parseAnswer(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("--answer \"%1\" is not ITEM=yes|no|unknown[:NOTE], e.g. budget=yes.").arg(text));
    }
    const QString rest = text.mid(equals + 1);
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const QString value = (colon < 0 ? rest : rest.left(colon)).trimmed();
    const auto parsed = ChecklistAnswer::valueFromName(value);
    if (!parsed) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("--answer \"%1\": the answer is yes, no or unknown, not \"%2\".")
                             .arg(text, value));
    }
    return ChecklistAnswer{text.left(equals).trimmed(), *parsed,
                           colon < 0 ? QString() : rest.mid(colon + 1).trimmed()};
}

} // namespace

QString LeadConvertCommand::description() const
{
    return QStringLiteral(
        "An accepted lead is a qualified opportunity: it moves from sal to sql and the\n"
        "opportunity's value is recorded. The agreement's qualification checklist is\n"
        "answered item by item (--answer, once per item); every required item must be yes.\n"
        "`definition show` lists the checklist.");
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
    parser.addOption(QCommandLineOption(
        answerOption,
        QStringLiteral("An answer to an item of the qualification checklist: ITEM=yes|no|unknown, "
                       "optionally :NOTE after it. Repeat for each item."),
        QStringLiteral("ITEM=ANSWER")));
    parser.addOption(QCommandLineOption(closeOption, QStringLiteral("When the deal is expected to close."),
                                        QStringLiteral("DATE")));
    parser.addExample(
        QStringLiteral("--db team.baton lead convert 42 --value 12500 --answer budget=yes "
                       "--answer authority=yes --answer need=yes --answer timeline=yes --as sam.sdr"),
        QStringLiteral("Lead 42 is an opportunity worth 12,500, its checklist met."));
    parser.addExample(
        QStringLiteral("--db team.baton lead convert 42 --value 8400.50 --answer budget=yes "
                       "--answer authority=yes:\"CFO signs\" --answer need=yes --answer timeline=yes "
                       "--answer champion=unknown --expected-close 2026-06-30 --note \"Pilot, 20 "
                       "seats\" --as sam.sdr"),
        QStringLiteral("With cents, notes, an expected close and the optional item."));
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
    for (const QString &text : parser.values(answerOption)) {
        auto answer = parseAnswer(text);
        if (!answer)
            return answer.error();
    }
    if (parser.isSet(closeOption)) {
        auto date = ValueParser::date(parser.value(closeOption));
        if (!date)
            return date.error();
    }
    return {};
}

int LeadConvertCommand::perform(Request &request)
{
    const qint64 cents = *ValueParser::money(request.parser.value(valueOption));
    Conversion conversion;
    conversion.valueCents = cents;
    conversion.note = request.parser.value(QStringLiteral("note"));
    for (const QString &text : request.parser.values(answerOption))
        conversion.answers.push_back(*parseAnswer(text));
    if (request.parser.isSet(closeOption))
        conversion.expectedClose = *ValueParser::date(request.parser.value(closeOption));
    const Result<void> outcome =
        request.service.convert(request.lead.id, request.actor->id, conversion, request.expected);
    return report(request, outcome, QStringLiteral("value %1").arg(TextFormat::money(cents)));
}

} // namespace baton::cli
