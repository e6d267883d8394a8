#include "LeadShowCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "LeadCardText.h"
#include "LeadJson.h"
#include "ValueParser.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/ReasonRepository.h"

#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

/// "rejected/no_authority" -> "No authority", for the history lines.
QHash<QString, QString> reasonLabels(Database &db)
{
    QHash<QString, QString> labels;
    ReasonRepository reasons(db);
    for (Stage stage : {Stage::Rejected, Stage::Disqualified, Stage::Recycled}) {
        auto forStage = reasons.forStage(stage);
        if (!forStage)
            continue; // labels are a nicety; the codes are shown regardless
        for (const Reason &reason : *forStage)
            labels.insert(stageName(stage) + QLatin1Char('/') + reason.code, reason.label);
    }
    return labels;
}

} // namespace

int LeadShowCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("lead show"), QStringLiteral("ID [--json]"),
        QStringLiteral("Shows everything the context card shows: the person, the company, the "
                       "source campaign,\nthe engagement story (pages with visit counts, "
                       "downloads, webinar questions),\nthe stage history, the activities and "
                       "the opportunity."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The lead's id, as `lead list` shows it."));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write the whole card as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton lead show 42"),
                      QStringLiteral("Lead 42's context card."));
    parser.addExample(QStringLiteral("--db team.baton lead show 42 --json"),
                      QStringLiteral("The same as JSON, with every event."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto leadId = ValueParser::leadId(parser.positionalArguments().constFirst());
    if (!leadId)
        return parser.usageError(context, leadId.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;

    auto card = LeadRepository(db).card(*leadId);
    if (!card)
        return context.actionFailed(card.error());

    if (parser.isSet(jsonOption))
        context.out() << QJsonDocument(LeadJson::card(*card)).toJson(QJsonDocument::Indented);
    else
        LeadCardText(reasonLabels(db)).write(*card, context.out());
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
