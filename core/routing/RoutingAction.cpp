#include "routing/RoutingAction.h"

namespace baton {

QString RoutingAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Pool:
        return QStringLiteral("pool");
    case Kind::AccountOwner:
        return QStringLiteral("account_owner");
    }
    return {};
}

} // namespace baton
