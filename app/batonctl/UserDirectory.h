#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace baton {
class Database;
}

namespace baton::cli {

/// The people of a file, read once, to name the user ids routing and the SLA clock store:
/// "Sam Rivera (sam.sdr)" in text, {id, login, name, …} in JSON.
class UserDirectory {
public:
    explicit UserDirectory(std::vector<User> users);
    static Result<UserDirectory> load(Database &db);

    const std::vector<User> &all() const { return m_users; }
    const User *find(qint64 id) const;
    /// By login, without regard to case.
    const User *findByLogin(const QString &login) const;

    /// "Sam Rivera (sam.sdr)"; "user 7" for an id nobody has; `none` without an id.
    QString describe(std::optional<qint64> id, const QString &none = QStringLiteral("-")) const;
    /// "Sam Rivera (sam.sdr)" for a login, or the login alone when nobody has it.
    QString describeLogin(const QString &login) const;
    /// The user as LeadJson writes users; {"id": 7} for an unknown id; null without an id.
    QJsonValue json(std::optional<qint64> id) const;

private:
    std::vector<User> m_users;
};

} // namespace baton::cli
