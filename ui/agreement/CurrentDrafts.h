#pragma once

#include "agreement/DefinitionVersion.h"

#include <optional>
#include <vector>

namespace baton {

/// The drafts of the round under way: each team's latest draft made while the effective version
/// was in force. Drafts from before it took effect were reconciled into it already, so they are
/// history, not work in progress.
struct CurrentDrafts {
    std::optional<DefinitionVersion> marketing;
    std::optional<DefinitionVersion> sales;

    /// From every stored version (AgreementService::list()) and the effective one (number 0 and
    /// id 0 for the built-in defaults).
    static CurrentDrafts from(const std::vector<DefinitionVersion> &versions,
                              const DefinitionVersion &effective);

    const std::optional<DefinitionVersion> &of(DefinitionTeam team) const
    {
        return team == DefinitionTeam::Marketing ? marketing : sales;
    }
    bool complete() const { return marketing.has_value() && sales.has_value(); }
};

} // namespace baton
