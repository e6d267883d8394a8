#include "services/RoleGate.h"

#include <QStringList>

#include <algorithm>

namespace baton {
namespace {

QString withArticle(Role role)
{
    switch (role) {
    case Role::Sdr:
        return QStringLiteral("an SDR");
    case Role::SalesManager:
        return QStringLiteral("a sales manager");
    case Role::MarketingManager:
        return QStringLiteral("a marketing manager");
    case Role::Admin:
        break;
    }
    return QStringLiteral("an admin");
}

QString whoMay(std::initializer_list<Role> roles)
{
    QStringList who;
    for (Role allowed : roles) {
        if (allowed != Role::Admin)
            who << withArticle(allowed);
    }
    if (who.isEmpty())
        return withArticle(Role::Admin);
    return QStringLiteral("%1 or %2").arg(who.join(QStringLiteral(", ")), withArticle(Role::Admin));
}

} // namespace

bool RoleGate::allows(Role role, std::initializer_list<Role> roles)
{
    return role == Role::Admin || std::find(roles.begin(), roles.end(), role) != roles.end();
}

QString RoleGate::refusal(Role role, std::initializer_list<Role> roles, const QString &what)
{
    QString who = withArticle(role);
    who[0] = who[0].toUpper();
    return QStringLiteral("%1 may not %2: only %3 may.").arg(who, what, whoMay(roles));
}

Result<void> RoleGate::require(const User &actor, std::initializer_list<Role> roles, const QString &what)
{
    if (allows(actor.role, roles))
        return {};
    return makeError(ErrorKind::PermissionDenied,
                     QStringLiteral("%1 (%2) may not %3: only %4 may.")
                         .arg(actor.name, roleLabel(actor.role), what, whoMay(roles)));
}

} // namespace baton
