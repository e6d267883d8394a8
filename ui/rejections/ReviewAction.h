#pragma once

#include <array>

namespace baton {

/// What a person can do with a rejection on the Rejections page.
enum class ReviewAction { Acknowledge, Dispute, Recycle, Uphold, Reopen, Comment };

inline constexpr std::array<ReviewAction, 6> allReviewActions{
    ReviewAction::Acknowledge, ReviewAction::Dispute, ReviewAction::Recycle,
    ReviewAction::Uphold,      ReviewAction::Reopen,  ReviewAction::Comment};

} // namespace baton
