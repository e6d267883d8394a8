#pragma once

#include "domain/User.h"

#include <QObject>
#include <QString>

#include <optional>

namespace baton {

class Clock;
class Database;

/// What every view of one open file shares: the connection, the clock and the current user.
/// It holds them; it does not own the connection.
class Session : public QObject {
    Q_OBJECT

public:
    Session(Database &database, const Clock &clock, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    /// The path of the open file.
    QString filePath() const;

    const std::optional<User> &user() const { return m_user; }
    void setUser(const User &user);

Q_SIGNALS:
    void userChanged(const baton::User &user);

private:
    Database &m_database;
    const Clock &m_clock;
    std::optional<User> m_user;
};

} // namespace baton
