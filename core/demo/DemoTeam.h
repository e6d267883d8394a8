#pragma once

#include "demo/DemoRegion.h"

#include <QtGlobal>

#include <span>
#include <string_view>

namespace baton {

/// One person of the demo team.
struct DemoMember {
    std::string_view login;
    std::string_view name;
    std::string_view role; ///< stored users.role
    std::string_view team;
    DemoRegion covers = DemoRegion::NorthAmerica; ///< SDRs: the leads routed to them
    quint32 capacity = 0;                         ///< SDRs: routing weight (a share of their region's leads)
    int acceptsBeforeContact = 2; ///< SDRs: percent of the leads they accept before reaching anyone
};

/// The demo team: SDRs in regional teams, their sales managers, marketing managers, an admin.
class DemoTeam {
public:
    static std::span<const DemoMember> roster();
};

} // namespace baton
