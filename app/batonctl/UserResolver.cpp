#include "UserResolver.h"

#include "storage/UserRepository.h"

#include <QStringList>

namespace baton::cli {

Result<User> UserResolver::resolve(Database &db, const QString &loginOrId, const QString &option)
{
    UserRepository users(db);
    auto user = users.findByLogin(loginOrId.trimmed());
    if (user || user.error().kind != ErrorKind::NotFound)
        return user;

    constexpr int maxListed = 20;
    auto everyone = users.all();
    QStringList logins;
    if (everyone) {
        for (const User &known : *everyone)
            logins << known.login;
    }
    QString message = QStringLiteral("%1 %2: there is no user with that login or id.").arg(option, loginOrId);
    if (logins.isEmpty()) {
        message += QStringLiteral(" This file has no users yet.");
    } else {
        const QString more = logins.size() > maxListed
                                 ? QStringLiteral(" and %1 more").arg(logins.size() - maxListed)
                                 : QString();
        message +=
            QStringLiteral(" Users: %1%2.").arg(logins.mid(0, maxListed).join(QStringLiteral(", ")), more);
    }
    return makeError(ErrorKind::NotFound, message);
}

} // namespace baton::cli
