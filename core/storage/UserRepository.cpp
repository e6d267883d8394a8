#include "storage/UserRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view selectUser = "SELECT id, login, name, role, team FROM users ";

User readUser(const Statement &statement)
{
    User user;
    user.id = statement.int64(0);
    user.login = statement.text(1);
    user.name = statement.text(2);
    user.role = roleFromName(statement.text(3)).value_or(Role::Sdr);
    user.team = statement.text(4);
    return user;
}

Error unknownUser(const QString &who)
{
    return makeError(ErrorKind::NotFound,
                     QStringLiteral("There is no user \"%1\". Users are named by login (for example "
                                    "maya.patel) or id; `batonctl --db FILE user list` shows them.")
                         .arg(who));
}

} // namespace

Result<std::vector<User>> UserRepository::all()
{
    auto statement = m_db.prepare(std::string(selectUser) + "ORDER BY name");
    if (!statement)
        return statement.error();
    std::vector<User> users;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        users.push_back(readUser(*statement));
    }
    return users;
}

Result<User> UserRepository::find(qint64 id)
{
    auto statement = m_db.cached(std::string(selectUser) + "WHERE id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, id);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return unknownUser(QString::number(id));
    auto found = readUser(**statement);
    (*statement)->reset();
    return found;
}

Result<User> UserRepository::findByLogin(const QString &loginOrId)
{
    bool isNumber = false;
    const qint64 id = loginOrId.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = find(id);
        if (byId || byId.error().kind != ErrorKind::NotFound)
            return byId;
    }
    auto statement = m_db.cached(std::string(selectUser) + "WHERE login = ?1 COLLATE NOCASE");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, loginOrId.trimmed());
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return unknownUser(loginOrId);
    auto found = readUser(**statement);
    (*statement)->reset();
    return found;
}

Result<qint64> UserRepository::insert(const User &user)
{
    auto statement = m_db.cached("INSERT INTO users (login, name, role, team) VALUES (?1, ?2, ?3, ?4)");
    if (!statement)
        return statement.error();
    Statement &insert = **statement;
    insert.bind(1, user.login);
    insert.bind(2, user.name);
    insert.bind(3, roleName(user.role));
    insert.bind(4, user.team.isNull() ? QString(QLatin1String("")) : user.team);
    BATON_TRY(insert.run());
    return m_db.lastInsertId();
}

} // namespace baton
