#include "ScoreCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReevaluationText.h"
#include "TextFormat.h"
#include "UserResolver.h"
#include "services/ReevaluationService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString allOption = QStringLiteral("all");
const QString asOption = QStringLiteral("as");
const QString jsonOption = QStringLiteral("json");

} // namespace

int ScoreCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("score"), QStringLiteral("[--all] [--as USER] [--json]"),
        QStringLiteral("Scores every lead marketing holds (nurture, and recycled leads whose revisit date "
                       "has come)\nagainst the effective definition; each one that meets the MQL rule now "
                       "is handed over,\nwith its handoff record. Leads already handed over keep the "
                       "version they were handed over under.\nWithout --all it runs only when the effective "
                       "version has not been applied yet."));
    parser.addOption(
        QCommandLineOption(allOption, QStringLiteral("Run even if the effective version was applied.")));
    parser.addOption(QCommandLineOption(
        asOption, QStringLiteral("Who runs it (login or id), for the record."), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the result as one JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton score"),
                      QStringLiteral("Apply a newly effective version to the nurture leads."));
    parser.addExample(QStringLiteral("--db team.baton score --all --json"),
                      QStringLiteral("Run again, for a script."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    std::optional<qint64> actorId;
    if (parser.isSet(asOption)) {
        auto user = UserResolver::resolve(db, parser.value(asOption), QStringLiteral("--as"));
        if (!user)
            return context.actionFailed(user.error());
        actorId = user->id;
    }

    ReevaluationService service(db, context.clock());
    const bool json = parser.isSet(jsonOption);
    if (!parser.isSet(allOption)) {
        auto pending = service.pending();
        if (!pending)
            return context.actionFailed(pending.error());
        if (!*pending) {
            auto last = service.last();
            if (!last)
                return context.actionFailed(last.error());
            if (json) {
                context.out() << QJsonDocument(QJsonObject{{QStringLiteral("ran"), false}})
                                     .toJson(QJsonDocument::Compact)
                              << Qt::endl;
            } else if (*last) {
                context.out() << "Nothing to do: definition version " << (*last)->definitionNumber
                              << " was applied on " << TextFormat::time((*last)->at) << " ("
                              << TextFormat::number((*last)->evaluated)
                              << " leads evaluated). Use --all to run again." << Qt::endl;
            } else {
                context.out() << "Nothing to do: the built-in definition applies, and leads are judged as "
                                 "their events arrive. Use --all to run anyway."
                              << Qt::endl;
            }
            return toInt(ExitCode::Ok);
        }
    }

    QElapsedTimer timer;
    timer.start();
    auto run = service.run(actorId, ReevaluationText::progress(context));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (context.interactive())
        context.err() << '\n';
    if (!run)
        return context.actionFailed(run.error());
    if (json) {
        QJsonObject object = ReevaluationText::toJson(*run, seconds);
        object.insert(QStringLiteral("ran"), true);
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ReevaluationText::write(context.out(), *run, seconds);
    }
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
