#pragma once

#include "agreement/Definition.h"
#include "agreement/DefinitionDifference.h"

#include <vector>

namespace baton {

/// Compares two drafts rule by rule, part by part, for the side-by-side view and
/// `batonctl definition diff`. Rules are matched by their key, so a renamed rule is a change
/// and a rule with a new id is a removal and an addition. In the ordered parts (engagement rules,
/// where the first matching rule counts an event, and SLA tiers, where the first match wins) a
/// moved rule shows a "position" change.
class DefinitionDiff {
public:
    static std::vector<DefinitionDifference> compare(const Definition &a, const Definition &b);
};

} // namespace baton
