#include "UserDirectory.h"

#include "LeadJson.h"
#include "storage/UserRepository.h"

#include <QJsonObject>

namespace baton::cli {
namespace {

QString nameAndLogin(const User &user)
{
    return QStringLiteral("%1 (%2)").arg(user.name, user.login);
}

} // namespace

UserDirectory::UserDirectory(std::vector<User> users)
    : m_users(std::move(users))
{}

Result<UserDirectory> UserDirectory::load(Database &db)
{
    auto users = UserRepository(db).all();
    if (!users)
        return users.error();
    return UserDirectory(std::move(users).value());
}

const User *UserDirectory::find(qint64 id) const
{
    for (const User &user : m_users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

const User *UserDirectory::findByLogin(const QString &login) const
{
    for (const User &user : m_users) {
        if (QString::compare(user.login, login, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

QString UserDirectory::describe(std::optional<qint64> id, const QString &none) const
{
    if (!id)
        return none;
    if (const User *user = find(*id))
        return nameAndLogin(*user);
    return QStringLiteral("user %1").arg(*id);
}

QString UserDirectory::describeLogin(const QString &login) const
{
    if (const User *user = findByLogin(login))
        return nameAndLogin(*user);
    return login;
}

QJsonValue UserDirectory::json(std::optional<qint64> id) const
{
    if (!id)
        return QJsonValue(QJsonValue::Null);
    if (const User *user = find(*id))
        return LeadJson::user(*user);
    return QJsonObject{{QStringLiteral("id"), *id}};
}

} // namespace baton::cli
