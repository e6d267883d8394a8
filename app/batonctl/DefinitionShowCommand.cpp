#include "DefinitionShowCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "agreement/DefinitionJson.h"
#include "services/AgreementService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

QJsonObject versionObject(const DefinitionVersion &version)
{
    QJsonObject object;
    object.insert(QStringLiteral("number"), version.number);
    object.insert(QStringLiteral("kind"), kindName(version.kind));
    if (version.team)
        object.insert(QStringLiteral("team"), teamName(*version.team));
    object.insert(QStringLiteral("status"), statusName(version.status));
    if (version.createdAt.isValid())
        object.insert(QStringLiteral("createdAt"), version.createdAt.toUTC().toString(Qt::ISODate));
    if (version.effectiveFrom)
        object.insert(QStringLiteral("effectiveFrom"), version.effectiveFrom->toUTC().toString(Qt::ISODate));
    if (auto seconds = version.timeToAgreementSeconds())
        object.insert(QStringLiteral("timeToAgreementSeconds"), *seconds);
    if (!version.sourceDrafts.empty()) {
        QJsonArray sources;
        for (int draft : version.sourceDrafts)
            sources.append(draft);
        object.insert(QStringLiteral("reconciles"), sources);
    }
    object.insert(QStringLiteral("definition"), DefinitionJson::toObject(version.definition));
    return object;
}

} // namespace

int DefinitionShowCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition show"), QStringLiteral("N [--json]"),
                         QStringLiteral("Shows one version of the lead definition: its state, signatures "
                                        "and content.\nVersion 0 is the built-in defaults."));
    parser.addPositionalArgument(QStringLiteral("N"),
                                 QStringLiteral("The version number (definition list)."));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write a JSON object instead of text.")));
    parser.addExample(QStringLiteral("--db team.baton definition show 3"), QStringLiteral("Version 3."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    auto number = DefinitionText::number(parser.positionalArguments().constFirst(), true);
    if (!number)
        return parser.usageError(context, number.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto version = AgreementService(**opened, context.clock()).find(*number);
    if (!version)
        return context.actionFailed(version.error());

    if (parser.isSet(jsonOption)) {
        context.out() << QJsonDocument(versionObject(*version)).toJson(QJsonDocument::Indented);
    } else {
        DefinitionText::writeSummary(context.out(), *version);
        context.out() << '\n' << DefinitionJson::toJson(version->definition);
    }
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
