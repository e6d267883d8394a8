#include "domain/ReviewStatus.h"

namespace baton {

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open:
        return QStringLiteral("open");
    case ReviewStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case ReviewStatus::Disputed:
        return QStringLiteral("disputed");
    case ReviewStatus::Upheld:
        return QStringLiteral("upheld");
    case ReviewStatus::Reopened:
        return QStringLiteral("reopened");
    case ReviewStatus::Recycled:
        return QStringLiteral("recycled");
    }
    return {};
}

QString reviewStatusLabel(ReviewStatus status)
{
    QString name = reviewStatusName(status);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

std::optional<ReviewStatus> reviewStatusFromName(QStringView name)
{
    for (ReviewStatus status : allReviewStatuses) {
        if (name == reviewStatusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace baton
