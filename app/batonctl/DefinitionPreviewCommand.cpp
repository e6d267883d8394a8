#include "DefinitionPreviewCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "ValueParser.h"
#include "services/ImpactPreviewService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::cli {
namespace {

const QString weeksOption = QStringLiteral("weeks");
const QString jsonOption = QStringLiteral("json");

QString share(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1% (%2 of %3)")
        .arg(QString::number(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f', 1),
             TextFormat::number(part), TextFormat::number(whole));
}

QJsonValue rate(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject toJson(const ImpactPreview &preview, double seconds)
{
    QJsonArray reasons;
    for (const ReasonImpact &reason : preview.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                   {QStringLiteral("label"), reason.label},
                                   {QStringLiteral("avoided"), reason.avoided},
                                   {QStringLiteral("added"), reason.added}});
    }
    return QJsonObject{{QStringLiteral("version"), preview.versionNumber},
                       {QStringLiteral("weeks"), preview.weeks},
                       {QStringLiteral("from"), TextFormat::isoTime(preview.from)},
                       {QStringLiteral("to"), TextFormat::isoTime(preview.to)},
                       {QStringLiteral("actualHandoffs"), preview.actualHandoffs},
                       {QStringLiteral("draftHandoffs"), preview.draftHandoffs},
                       {QStringLiteral("bothHandoffs"), preview.bothHandoffs},
                       {QStringLiteral("judged"), preview.judged},
                       {QStringLiteral("judgedAccepted"), preview.judgedAccepted},
                       {QStringLiteral("judgedSent"), preview.judgedSent},
                       {QStringLiteral("judgedSentAccepted"), preview.judgedSentAccepted},
                       {QStringLiteral("actualAcceptanceRate"), rate(preview.actualAcceptanceRate())},
                       {QStringLiteral("draftAcceptanceRate"), rate(preview.draftAcceptanceRate())},
                       {QStringLiteral("reasons"), reasons},
                       {QStringLiteral("seconds"), seconds}};
}

void writeText(QTextStream &out, const ImpactPreview &preview, double seconds)
{
    const QString version = QStringLiteral("version %1").arg(preview.versionNumber);
    out << "Impact preview of " << version << " over the " << preview.weeks << " weeks from "
        << TextFormat::time(preview.from) << " to " << TextFormat::time(preview.to) << " UTC ("
        << QString::number(seconds, 'f', 2) << " s)\n\n";
    out << "Leads handed over in those weeks: " << TextFormat::number(preview.actualHandoffs) << " actually, "
        << TextFormat::number(preview.draftHandoffs) << " by " << version << ", "
        << TextFormat::number(preview.bothHandoffs) << " by both.\n";
    out << "Judged by sales since (accepted or rejected): " << TextFormat::number(preview.judged)
        << " leads.\n";
    out << "  Accepted, as they were sent:        " << share(preview.judgedAccepted, preview.judged) << '\n';
    out << "  Accepted, of those " << version
        << " sends: " << share(preview.judgedSentAccepted, preview.judgedSent) << '\n';
    if (preview.reasons.empty()) {
        out << "\nNo rejection would be avoided or added.\n";
    } else {
        out << "\nRejection reasons (avoided: rejected leads it would not send; added: leads it would send "
               "that sales had rejected)\n";
        TextTable table({{QStringLiteral("Reason")},
                         {QStringLiteral("Avoided"), TextTable::Align::Right},
                         {QStringLiteral("Added"), TextTable::Align::Right}});
        for (const ReasonImpact &reason : preview.reasons)
            table.addRow(
                {reason.label, TextFormat::number(reason.avoided), TextFormat::number(reason.added)});
        table.write(out);
    }
    out.flush();
}

} // namespace

int DefinitionPreviewCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("definition preview"), QStringLiteral("N [--weeks W] [--json]"),
        QStringLiteral("Replays the last W weeks (default 12) under version N: how many leads it would have\n"
                       "handed over against how many were; among the leads sales has judged, what share of "
                       "those\nit sends were accepted; and which rejection reasons it would avoid or add. "
                       "Changes nothing."));
    parser.addPositionalArgument(QStringLiteral("N"),
                                 QStringLiteral("The version (0 = the built-in defaults)."));
    parser.addOption(QCommandLineOption(weeksOption, QStringLiteral("How many weeks to look back (1-104)."),
                                        QStringLiteral("W"), QStringLiteral("12")));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the preview as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton definition preview 4 --weeks 12"),
                      QStringLiteral("What draft 4 would have done this quarter."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto number = DefinitionText::number(parser.positionalArguments().constFirst(), true);
    if (!number)
        return parser.usageError(context, number.error().message);
    auto weeks = ValueParser::count(parser.value(weeksOption), QStringLiteral("--weeks"), 1, 104);
    if (!weeks)
        return parser.usageError(context, weeks.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    QElapsedTimer timer;
    timer.start();
    auto preview = ImpactPreviewService(**opened, context.clock()).preview(*number, static_cast<int>(*weeks));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!preview)
        return context.actionFailed(preview.error());
    if (parser.isSet(jsonOption))
        context.out() << QJsonDocument(toJson(*preview, seconds)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        writeText(context.out(), *preview, seconds);
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
