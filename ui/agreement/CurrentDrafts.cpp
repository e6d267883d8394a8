#include "agreement/CurrentDrafts.h"

namespace baton {

CurrentDrafts CurrentDrafts::from(const std::vector<DefinitionVersion> &versions,
                                  const DefinitionVersion &effective)
{
    CurrentDrafts drafts;
    for (const DefinitionVersion &version : versions) {
        if (version.kind != VersionKind::Draft || version.status != VersionStatus::Draft || !version.team)
            continue;
        if (version.basedOn.value_or(0) != effective.id)
            continue; // an earlier round's draft
        auto &slot = *version.team == DefinitionTeam::Marketing ? drafts.marketing : drafts.sales;
        if (!slot || slot->number < version.number)
            slot = version;
    }
    return drafts;
}

} // namespace baton
