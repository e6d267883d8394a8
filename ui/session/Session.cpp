#include "session/Session.h"

#include "storage/Database.h"

namespace baton {

Session::Session(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

QString Session::filePath() const
{
    return m_database.path();
}

void Session::setUser(const User &user)
{
    if (m_user && m_user->id == user.id)
        return;
    m_user = user;
    Q_EMIT userChanged(user);
}

} // namespace baton
