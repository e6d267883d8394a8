#pragma once

#include <QString>

#include <optional>

namespace baton {

/// Which handoffs a review counts: all of them, or those of one campaign, segment, owner or team.
/// The owner is the one the handoff's response clock names (its present owner); the team is
/// that owner's.
struct ReviewFilter {
    std::optional<qint64> campaignId; ///< 0: handoffs without a campaign
    std::optional<QString> segment;   ///< smb, mid_market or enterprise, by the lead's annual revenue
    std::optional<qint64> ownerId;
    std::optional<QString> team;

    bool operator==(const ReviewFilter &) const = default;
    bool narrowsByOwner() const { return ownerId.has_value() || team.has_value(); }
};

} // namespace baton
