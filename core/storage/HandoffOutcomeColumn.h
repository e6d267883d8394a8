#pragma once

#include "domain/HandoffOutcome.h"

#include <array>
#include <string_view>
#include <utility>

namespace baton {

/// handoffs.outcome as stored ("accepted", …; NULL or anything else: open).
inline HandoffOutcome handoffOutcomeFrom(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, HandoffOutcome>, 5> names{
        std::pair{"accepted", HandoffOutcome::Accepted}, std::pair{"converted", HandoffOutcome::Converted},
        std::pair{"rejected", HandoffOutcome::Rejected},
        std::pair{"disqualified", HandoffOutcome::Disqualified},
        std::pair{"recycled", HandoffOutcome::Recycled}};
    for (const auto &[text, outcome] : names) {
        if (name == text)
            return outcome;
    }
    return HandoffOutcome::Open;
}

} // namespace baton
