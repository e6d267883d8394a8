#include "services/UserService.h"

#include "storage/AuditRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <algorithm>

namespace baton {
namespace {

bool isLowerAsciiLetter(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLoginCharacter(QChar c)
{
    return isLowerAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}

Error invalidLogin(const QString &login, const QString &why)
{
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("\"%1\" is not a valid login: %2, e.g. maya.patel.").arg(login, why));
}

Result<void> checkLogin(const QString &login)
{
    if (login.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("A user needs a login, e.g. maya.patel."));
    if (!std::all_of(login.begin(), login.end(), isLoginCharacter))
        return invalidLogin(login, QStringLiteral("use lower-case letters, digits, '.', '_' or '-' only"));
    if (!isLowerAsciiLetter(login.front()) && !isAsciiDigit(login.front()))
        return invalidLogin(login, QStringLiteral("start it with a letter or a digit"));
    if (std::all_of(login.begin(), login.end(), isAsciiDigit))
        return invalidLogin(login, QStringLiteral("digits alone would be read as a user id; add a letter"));
    return {};
}

} // namespace

Result<qint64> UserService::add(const User &user)
{
    User stored = user;
    stored.id = 0;
    stored.login = user.login.trimmed();
    stored.name = user.name.trimmed();
    stored.team = user.team.trimmed();
    BATON_TRY(checkLogin(stored.login));
    if (stored.name.isEmpty()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("User \"%1\" needs a name, e.g. Maya Patel.").arg(stored.login));
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    UserRepository users(m_db);
    // A valid login is never a number, so this looks it up by login (ignoring case, as --as does).
    auto existing = users.findByLogin(stored.login);
    if (existing) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("There is already a user with login \"%1\".").arg(stored.login));
    }
    if (existing.error().kind != ErrorKind::NotFound)
        return existing.error();
    auto id = users.insert(stored);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.subject = QStringLiteral("user");
    entry.subjectId = *id;
    entry.action = QStringLiteral("add");
    entry.summary =
        QStringLiteral("Added %1 (%2, %3)").arg(stored.name, stored.login, roleLabel(stored.role));
    entry.after = QJsonObject{{QStringLiteral("login"), stored.login},
                              {QStringLiteral("name"), stored.name},
                              {QStringLiteral("role"), roleName(stored.role)},
                              {QStringLiteral("team"), stored.team}};
    auto recorded = AuditRepository(m_db).record(entry);
    if (!recorded)
        return recorded.error();
    BATON_TRY(transaction->commit());
    return id;
}

} // namespace baton
