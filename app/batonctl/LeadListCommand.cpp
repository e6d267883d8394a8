#include "LeadListCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "LeadJson.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString ownerOption = QStringLiteral("owner");
const QString stageOption = QStringLiteral("stage");
const QString limitOption = QStringLiteral("limit");
const QString jsonOption = QStringLiteral("json");
constexpr qint64 maxLimit = 10'000'000;

void describe(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(
        ownerOption, QStringLiteral("Only leads owned by this user (login or id)."), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(
        stageOption, QStringLiteral("Only leads in this stage: %1.").arg(ValueParser::stageNames()),
        QStringLiteral("STAGE")));
    parser.addOption(QCommandLineOption(
        limitOption, QStringLiteral("At most N leads (default %1).").arg(LeadListCommand::defaultLimit),
        QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a table.")));
    parser.addNote(
        QStringLiteral("Columns: id, name, company, stage, owner (login) and handoff (when it became an "
                       "MQL, UTC)."));
    parser.addExample(QStringLiteral("--db team.baton lead list --stage mql --owner sam.sdr"),
                      QStringLiteral("Sam's leads waiting to be accepted or rejected."));
    parser.addExample(QStringLiteral("--db team.baton lead list --stage sql --limit 500 --json"),
                      QStringLiteral("The newest 500 opportunities as JSON, for a script."));
}

} // namespace

int LeadListCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("lead list"), QStringLiteral("[--owner USER] [--stage STAGE] [--limit N] [--json]"),
        QStringLiteral("Lists leads, newest first, optionally only one owner's or one stage's."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;

    std::optional<Stage> stage;
    if (parser.isSet(stageOption)) {
        auto parsed = ValueParser::stage(parser.value(stageOption));
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        stage = *parsed;
    }
    qint64 limit = defaultLimit;
    if (parser.isSet(limitOption)) {
        auto parsed = ValueParser::count(parser.value(limitOption), QStringLiteral("--limit"), 1, maxLimit);
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        limit = *parsed;
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;

    std::optional<qint64> ownerId;
    if (parser.isSet(ownerOption)) {
        auto owner = UserResolver::resolve(db, parser.value(ownerOption), QStringLiteral("--owner"));
        if (!owner)
            return context.actionFailed(owner.error());
        ownerId = owner->id;
    }
    auto leads = LeadRepository(db).list(stage, ownerId, static_cast<int>(limit));
    if (!leads)
        return context.actionFailed(leads.error());
    auto users = UserRepository(db).all();
    if (!users)
        return context.actionFailed(users.error());
    QHash<qint64, User> usersById;
    for (const User &user : *users)
        usersById.insert(user.id, user);
    auto ownerOf = [&usersById](const Lead &lead) -> std::optional<User> {
        if (lead.ownerId && usersById.contains(*lead.ownerId))
            return usersById.value(*lead.ownerId);
        return std::nullopt;
    };

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Lead &lead : *leads)
            array.append(LeadJson::listItem(lead, ownerOf(lead)));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return toInt(ExitCode::Ok);
    }

    if (leads->empty()) {
        context.out() << "No leads match." << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    TextTable table({{QStringLiteral("id"), TextTable::Align::Right, 12},
                     {QStringLiteral("name"), TextTable::Align::Left, 32},
                     {QStringLiteral("company"), TextTable::Align::Left, 32},
                     {QStringLiteral("stage"), TextTable::Align::Left, 12},
                     {QStringLiteral("owner"), TextTable::Align::Left, 20},
                     {QStringLiteral("handoff (UTC)"), TextTable::Align::Left, 16}});
    for (const Lead &lead : *leads) {
        const auto owner = ownerOf(lead);
        table.addRow({QString::number(lead.id), lead.person.name, lead.company.name, stageName(lead.stage),
                      owner ? owner->login : QStringLiteral("-"), TextFormat::time(lead.handoffAt)});
    }
    table.write(context.out());
    context.out().flush();
    if (static_cast<qint64>(leads->size()) == limit)
        context.err() << "(the newest " << limit << "; --limit N shows more)" << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
