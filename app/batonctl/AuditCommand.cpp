#include "AuditCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace baton::cli {
namespace {

const QString leadOption = QStringLiteral("lead");
const QString subjectOption = QStringLiteral("subject");
const QString idOption = QStringLiteral("id");
const QString userOption = QStringLiteral("user");
const QString systemOption = QStringLiteral("system");
const QString actionOption = QStringLiteral("action");
const QString sinceOption = QStringLiteral("since");
const QString untilOption = QStringLiteral("until");
const QString limitOption = QStringLiteral("limit");
const QString olderOption = QStringLiteral("older-than");
const QString jsonOption = QStringLiteral("json");

constexpr qint64 defaultLimit = 50;
constexpr qint64 maxLimit = 100000;

QJsonObject toJson(const AuditEntry &entry)
{
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("at"), TextFormat::isoTime(entry.at)},
        {QStringLiteral("userId"), entry.userId ? QJsonValue(*entry.userId) : QJsonValue()},
        {QStringLiteral("user"), entry.userId ? QJsonValue(entry.userName) : QJsonValue()},
        {QStringLiteral("origin"), entry.origin},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("subjectId"), entry.subjectId ? QJsonValue(*entry.subjectId) : QJsonValue()},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("before"), entry.before},
        {QStringLiteral("after"), entry.after}};
    return object;
}

Result<std::optional<qint64>> optionalId(const CommandParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::optional<qint64>();
    auto id = ValueParser::count(parser.value(option), QStringLiteral("--%1").arg(option), 1,
                                 std::numeric_limits<qint64>::max());
    if (!id)
        return id.error();
    return std::optional<qint64>(*id);
}

Result<std::optional<QDateTime>> optionalTime(const CommandParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::optional<QDateTime>();
    auto time = ValueParser::time(parser.value(option));
    if (!time)
        return time.error();
    return std::optional<QDateTime>(*time);
}

} // namespace

int AuditCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("audit"),
        QStringLiteral(
            "[--lead ID | --subject S [--id N]] [--user LOGIN | --system] [--action A] [--since TIME] "
            "[--until TIME] [--limit N] [--older-than ID] [--json]"),
        QStringLiteral(
            "Lists the audit log, newest first: every change a person made (who, when, from which\n"
            "program and machine, what, and the state before and after), and every run Baton made\n"
            "on its own (routing, escalation, re-scoring, imports). The log is append-only."));
    parser.addOption(
        QCommandLineOption(leadOption, QStringLiteral("Only one lead's entries."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(
        subjectOption,
        QStringLiteral("Only one kind of subject: lead, definition, routing, user, rejection, decision, "
                       "action item, import, scoring, sla."),
        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(idOption, QStringLiteral("With --subject: only that subject's id."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        userOption, QStringLiteral("Only what this person did (login or id)."), QStringLiteral("LOGIN")));
    parser.addOption(QCommandLineOption(systemOption, QStringLiteral("Only what Baton did on its own.")));
    parser.addOption(QCommandLineOption(
        actionOption, QStringLiteral("Only this action, e.g. accept, reject, sign."), QStringLiteral("A")));
    parser.addOption(QCommandLineOption(sinceOption, QStringLiteral("At or after this time (ISO 8601)."),
                                        QStringLiteral("TIME")));
    parser.addOption(QCommandLineOption(untilOption, QStringLiteral("Before this time (ISO 8601)."),
                                        QStringLiteral("TIME")));
    parser.addOption(QCommandLineOption(limitOption,
                                        QStringLiteral("At most N entries (default %1).").arg(defaultLimit),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(olderOption,
                                        QStringLiteral("Only entries older than this id: the next page."),
                                        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(
        jsonOption, QStringLiteral("Write a JSON array, with each entry's state before and after.")));
    parser.addExample(QStringLiteral("--db team.baton audit --lead 42"),
                      QStringLiteral("Everything that happened to lead 42."));
    parser.addExample(QStringLiteral("--db team.baton audit --user sally.manager --since 2026-03-01"),
                      QStringLiteral("What Sally changed since March 1st."));
    parser.addExample(QStringLiteral("--db team.baton audit --subject definition --json"),
                      QStringLiteral("Every draft, proposal and signature of the lead definition, as JSON."));
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (parser.isSet(leadOption) && parser.isSet(subjectOption))
        return parser.usageError(context, QStringLiteral("Give --lead ID or --subject S, not both."));
    if (parser.isSet(idOption) && !parser.isSet(subjectOption))
        return parser.usageError(context, QStringLiteral("--id needs --subject: the id of which subject?"));
    if (parser.isSet(userOption) && parser.isSet(systemOption))
        return parser.usageError(context, QStringLiteral("Give --user or --system, not both."));

    AuditQuery query;
    query.limit = static_cast<int>(defaultLimit);
    auto lead = optionalId(parser, leadOption);
    auto id = optionalId(parser, idOption);
    auto older = optionalId(parser, olderOption);
    auto since = optionalTime(parser, sinceOption);
    auto until = optionalTime(parser, untilOption);
    for (const Error *error :
         {lead ? nullptr : &lead.error(), id ? nullptr : &id.error(), older ? nullptr : &older.error(),
          since ? nullptr : &since.error(), until ? nullptr : &until.error()}) {
        if (error != nullptr)
            return parser.usageError(context, error->message);
    }
    if (*lead) {
        query.subject = QStringLiteral("lead");
        query.subjectId = *lead;
    } else if (parser.isSet(subjectOption)) {
        query.subject = parser.value(subjectOption).trimmed().toLower();
        query.subjectId = *id;
    }
    query.olderThan = *older;
    query.since = *since;
    query.until = *until;
    query.systemOnly = parser.isSet(systemOption);
    if (parser.isSet(actionOption))
        query.action = parser.value(actionOption).trimmed().toLower();
    if (parser.isSet(limitOption)) {
        auto limit = ValueParser::count(parser.value(limitOption), QStringLiteral("--limit"), 1, maxLimit);
        if (!limit)
            return parser.usageError(context, limit.error().message);
        query.limit = static_cast<int>(*limit);
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    if (parser.isSet(userOption)) {
        auto user = UserResolver::resolve(db, parser.value(userOption), QStringLiteral("--user"));
        if (!user)
            return context.actionFailed(user.error());
        query.userId = user->id;
    }
    auto entries = AuditRepository(db).list(query);
    if (!entries)
        return context.actionFailed(entries.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const AuditEntry &entry : *entries)
            array.append(toJson(entry));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return toInt(ExitCode::Ok);
    }
    if (entries->empty()) {
        context.out() << "No audit entries match." << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    TextTable table({{QStringLiteral("id"), TextTable::Align::Right, 10},
                     {QStringLiteral("at"), TextTable::Align::Left, 20},
                     {QStringLiteral("who"), TextTable::Align::Left, 24},
                     {QStringLiteral("action"), TextTable::Align::Left, 12},
                     {QStringLiteral("what"), TextTable::Align::Left, 100}});
    for (const AuditEntry &entry : *entries) {
        table.addRow({QString::number(entry.id), TextFormat::time(entry.at),
                      entry.userId ? entry.userName : QStringLiteral("Baton"), entry.action, entry.summary});
    }
    table.write(context.out());
    if (static_cast<qint64>(entries->size()) == query.limit) {
        context.out() << QStringLiteral("Older entries: add --older-than %1.").arg(entries->back().id)
                      << Qt::endl;
    }
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
