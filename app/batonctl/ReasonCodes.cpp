#include "ReasonCodes.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "storage/ReasonRepository.h"

namespace baton::cli {

QString ReasonCodes::list(Database &db, Stage stage)
{
    auto reasons = ReasonRepository(db).forStage(stage);
    if (!reasons)
        return QStringLiteral("(the reasons could not be read: %1)").arg(reasons.error().message);
    QStringList codes;
    for (const Reason &reason : *reasons)
        codes << reason.code;
    return codes.join(QStringLiteral(", "));
}

int ReasonCodes::missing(Database &db, Stage stage, const CommandParser &parser, CommandContext &context)
{
    return parser.usageError(context, QStringLiteral("%1 needs --reason CODE. Reasons for %2: %3.")
                                          .arg(parser.command(), stageName(stage), list(db, stage)));
}

void ReasonCodes::addOptions(CommandParser &parser, const QString &why)
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("reason"),
                           QStringLiteral("Why, as a code from the reason taxonomy (required). %1").arg(why),
                           QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"),
                                        QStringLiteral("Words for the other team; required with reason "
                                                       "\"other\"."),
                                        QStringLiteral("TEXT")));
}

} // namespace baton::cli
