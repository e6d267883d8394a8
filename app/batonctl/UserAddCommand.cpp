#include "UserAddCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ValueParser.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

namespace baton::cli {
namespace {

const QString nameOption = QStringLiteral("name");
const QString roleOption = QStringLiteral("role");
const QString teamOption = QStringLiteral("team");

void describe(CommandParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                 QStringLiteral("The user's login: lower-case letters, digits, '.', '_' or "
                                                "'-', e.g. maya.patel."));
    parser.addOption(QCommandLineOption(nameOption, QStringLiteral("The person's full name (required)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        roleOption, QStringLiteral("What they do (required): %1.").arg(ValueParser::roleNames()),
        QStringLiteral("ROLE")));
    parser.addOption(QCommandLineOption(
        teamOption, QStringLiteral("The team or region they work in, e.g. \"North America\"."),
        QStringLiteral("TEAM")));
    parser.addExample(
        QStringLiteral("--db team.baton user add maya.patel --name \"Maya Patel\" --role sdr --team \"North "
                       "America\""),
        QStringLiteral("Maya can now accept leads with `--as maya.patel`."));
    parser.addExample(
        QStringLiteral("--db team.baton user add sally.brooks --name \"Sally Brooks\" --role sales_manager"),
        QStringLiteral("A sales manager, in no team."));
}

/// "maya.patel (Maya Patel, SDR, North America)".
QString describeUser(const User &user)
{
    QString text =
        user.login + QStringLiteral(" (") + user.name + QStringLiteral(", ") + roleLabel(user.role);
    if (!user.team.isEmpty())
        text += QStringLiteral(", ") + user.team;
    return text + QLatin1Char(')');
}

} // namespace

int UserAddCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("user add"),
                         QStringLiteral("LOGIN --name NAME --role ROLE [--team TEAM]"),
                         QStringLiteral("Adds a person who works in the file. They can then own leads, "
                                        "act on them with\n`--as LOGIN` and work in the desktop app."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;

    if (parser.value(nameOption).trimmed().isEmpty()) {
        return parser.usageError(
            context,
            QStringLiteral("user add needs --name NAME: the person's full name, e.g. \"Maya Patel\"."));
    }
    if (parser.value(roleOption).trimmed().isEmpty()) {
        return parser.usageError(
            context, QStringLiteral("user add needs --role ROLE. Roles: %1.").arg(ValueParser::roleNames()));
    }
    auto role = ValueParser::role(parser.value(roleOption));
    if (!role)
        return parser.usageError(context, role.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;

    User user;
    user.login = parser.positionalArguments().constFirst();
    user.name = parser.value(nameOption);
    user.role = *role;
    user.team = parser.value(teamOption);
    auto id = UserService(db, context.clock()).add(user);
    if (!id)
        return context.actionFailed(id.error());
    auto added = UserRepository(db).find(*id);
    if (!added)
        return context.actionFailed(added.error());

    context.out() << "Added user " << added->id << ": " << describeUser(*added) << '.' << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
