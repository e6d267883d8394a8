#include "feedback/FeedbackDimension.h"

namespace baton {

QString feedbackDimensionName(FeedbackDimension dimension)
{
    switch (dimension) {
    case FeedbackDimension::Reason:
        return QStringLiteral("reason");
    case FeedbackDimension::Campaign:
        return QStringLiteral("campaign");
    case FeedbackDimension::Source:
        return QStringLiteral("source");
    case FeedbackDimension::Band:
        return QStringLiteral("band");
    case FeedbackDimension::Owner:
        return QStringLiteral("owner");
    case FeedbackDimension::Rule:
        return QStringLiteral("rule");
    }
    return {};
}

QString feedbackDimensionLabel(FeedbackDimension dimension)
{
    switch (dimension) {
    case FeedbackDimension::Reason:
        return QStringLiteral("Reason");
    case FeedbackDimension::Campaign:
        return QStringLiteral("Campaign");
    case FeedbackDimension::Source:
        return QStringLiteral("Source");
    case FeedbackDimension::Band:
        return QStringLiteral("Score band");
    case FeedbackDimension::Owner:
        return QStringLiteral("Owner");
    case FeedbackDimension::Rule:
        return QStringLiteral("Rule");
    }
    return {};
}

std::optional<FeedbackDimension> feedbackDimensionFromName(QStringView name)
{
    for (FeedbackDimension dimension : allFeedbackDimensions) {
        if (name.compare(feedbackDimensionName(dimension), Qt::CaseInsensitive) == 0)
            return dimension;
    }
    return std::nullopt;
}

} // namespace baton
