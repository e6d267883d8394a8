#include "agreement/UserDirectory.h"

#include "storage/UserRepository.h"

namespace baton {

UserDirectory::UserDirectory(const std::vector<User> &users)
{
    for (const User &user : users)
        m_users.insert(user.id, user);
}

UserDirectory UserDirectory::load(Database &database)
{
    auto users = UserRepository(database).all();
    return users ? UserDirectory(*users) : UserDirectory();
}

QString UserDirectory::nameOf(qint64 id) const
{
    const auto found = m_users.constFind(id);
    if (found == m_users.constEnd() || found->name.isEmpty())
        return tr("user %1").arg(id);
    return found->name;
}

} // namespace baton
