#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace baton {

class Database;

/// The people of the file by id, to say who created or signed a version.
class UserDirectory {
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    UserDirectory() = default;
    explicit UserDirectory(const std::vector<User> &users);

    /// Everyone in the file; empty when the file cannot be read (names then fall back to ids).
    static UserDirectory load(Database &database);

    /// "Mark Marketing"; "user 7" for an id nobody has.
    QString nameOf(qint64 id) const;

private:
    QHash<qint64, User> m_users;
};

} // namespace baton
