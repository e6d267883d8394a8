#include "UserListCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "LeadJson.h"
#include "TextTable.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

} // namespace

int UserListCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("user list"), QStringLiteral("[--json]"),
                         QStringLiteral("Lists the people who work in the file, sorted by name: the "
                                        "logins `--as`, `--owner`\nand `--to` accept."));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a table.")));
    parser.addNote(
        QStringLiteral("Columns: id, login, name, role (as `user add --role` takes it) and team."));
    parser.addExample(QStringLiteral("--db team.baton user list"), QStringLiteral("Everyone, as a table."));
    parser.addExample(QStringLiteral("--db team.baton user list --json"),
                      QStringLiteral("The same as JSON, for a script."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto users = UserRepository(**opened).all();
    if (!users)
        return context.actionFailed(users.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const User &user : *users)
            array.append(LeadJson::user(user));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return toInt(ExitCode::Ok);
    }

    if (users->empty()) {
        context.out() << "No users yet. Add one with `batonctl --db FILE user add LOGIN --name NAME "
                         "--role ROLE`."
                      << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    TextTable table({{QStringLiteral("id"), TextTable::Align::Right, 12},
                     {QStringLiteral("login"), TextTable::Align::Left, 32},
                     {QStringLiteral("name"), TextTable::Align::Left, 40},
                     {QStringLiteral("role"), TextTable::Align::Left, 20},
                     {QStringLiteral("team"), TextTable::Align::Left, 32}});
    for (const User &user : *users) {
        table.addRow({QString::number(user.id), user.login, user.name, roleName(user.role),
                      user.team.isEmpty() ? QStringLiteral("-") : user.team});
    }
    table.write(context.out());
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
