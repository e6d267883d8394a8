#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// Where marketing's review of a rejection (or disqualification) stands.
enum class ReviewStatus {
    Open,         ///< not looked at yet
    Acknowledged, ///< marketing agrees: the reason stands
    Disputed,     ///< marketing disagrees; the sales manager decides
    Upheld,       ///< the sales manager kept the rejection
    Reopened,     ///< the sales manager sent the lead back to the queue
    Recycled,     ///< marketing took the lead back to nurture
};

inline constexpr std::array<ReviewStatus, 6> allReviewStatuses{
    ReviewStatus::Open,   ReviewStatus::Acknowledged, ReviewStatus::Disputed,
    ReviewStatus::Upheld, ReviewStatus::Reopened,     ReviewStatus::Recycled};

QString reviewStatusName(ReviewStatus status);  ///< "open", "acknowledged", …
QString reviewStatusLabel(ReviewStatus status); ///< "Open", "Acknowledged", …
std::optional<ReviewStatus> reviewStatusFromName(QStringView name);

} // namespace baton
