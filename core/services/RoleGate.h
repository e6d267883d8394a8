#pragma once

#include "common/Result.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <initializer_list>

namespace baton {

/// Who may take an action: the roles it names, and always an admin. Every service that guards an
/// action asks here, so that the desktop and batonctl refuse the same people with the same words.
class RoleGate {
public:
    /// Accepting, rejecting, disqualifying and converting leads, and closing opportunities: sales.
    static constexpr std::initializer_list<Role> leadDecisions{Role::Sdr, Role::SalesManager};

    static bool allows(Role role, std::initializer_list<Role> roles);
    /// PermissionDenied naming the actor, the action (`what`, e.g. "accept leads") and who may.
    static Result<void> require(const User &actor, std::initializer_list<Role> roles, const QString &what);
    /// The refusal's words for a role, for a disabled button's tooltip.
    static QString refusal(Role role, std::initializer_list<Role> roles, const QString &what);
};

} // namespace baton
