#include "domain/Role.h"

namespace baton {

QString roleName(Role role)
{
    switch (role) {
    case Role::Sdr:
        return QStringLiteral("sdr");
    case Role::SalesManager:
        return QStringLiteral("sales_manager");
    case Role::MarketingManager:
        return QStringLiteral("marketing_manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Sdr:
        return QStringLiteral("SDR");
    case Role::SalesManager:
        return QStringLiteral("Sales manager");
    case Role::MarketingManager:
        return QStringLiteral("Marketing manager");
    case Role::Admin:
        return QStringLiteral("Admin");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : allRoles) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

} // namespace baton
