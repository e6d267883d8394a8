#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// What the feedback reports group by.
enum class FeedbackDimension { Reason, Campaign, Source, Band, Owner, Rule };

inline constexpr std::array<FeedbackDimension, 6> allFeedbackDimensions{
    FeedbackDimension::Reason, FeedbackDimension::Campaign, FeedbackDimension::Source,
    FeedbackDimension::Band,   FeedbackDimension::Owner,    FeedbackDimension::Rule};

QString feedbackDimensionName(FeedbackDimension dimension);  ///< "reason", "campaign", …
QString feedbackDimensionLabel(FeedbackDimension dimension); ///< "Reason", "Campaign", …
std::optional<FeedbackDimension> feedbackDimensionFromName(QStringView name);

/// Score bands of the total score (fit + engagement) at handoff, 20 points wide: "0–19", "20–39"
/// … and "100+" at the top.
struct ScoreBand {
    static constexpr int width = 20;
    static constexpr int top = 100;
    static int of(int totalScore)
    {
        return totalScore >= top ? top : (totalScore < 0 ? 0 : totalScore / width * width);
    }
    static QString label(int low)
    {
        return low >= top ? QStringLiteral("%1+").arg(top)
                          : QStringLiteral("%1–%2").arg(low).arg(low + width - 1);
    }
    static std::pair<int, std::optional<int>> range(int low)
    {
        return {low, low >= top ? std::nullopt : std::optional<int>(low + width - 1)};
    }
};

} // namespace baton
