#include "review/ReviewText.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class ReviewTextTest : public ::testing::Test {
protected:
    ReviewTextTest() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~ReviewTextTest() override { QLocale::setDefault(QLocale::system()); }
};

TEST_F(ReviewTextTest, Duration_ReadsInMinutesHoursAndDays)
{
    EXPECT_EQ(ReviewText::duration(std::nullopt), QStringLiteral("\u2014"));
    EXPECT_EQ(ReviewText::duration(30), QStringLiteral("< 1 min"));
    EXPECT_EQ(ReviewText::duration(12 * 60), QStringLiteral("12 min"));
    EXPECT_EQ(ReviewText::duration(125 * 60), QStringLiteral("2 h 5 min"));
    EXPECT_EQ(ReviewText::duration(3 * 3600), QStringLiteral("3 h"));
    EXPECT_EQ(ReviewText::duration((3 * 24 + 4) * 3600), QStringLiteral("3 d 4 h"));
}

TEST_F(ReviewTextTest, RateChange_InPointsHigherIsBetter)
{
    const ReviewChange up = ReviewText::rateChange(0.70, 0.65);
    EXPECT_EQ(up.text, QStringLiteral("+5.0 pts"));
    EXPECT_EQ(up.trend, ReviewTrend::Better);
    EXPECT_EQ(ReviewText::rateChange(0.60, 0.65).trend, ReviewTrend::Worse);
    EXPECT_EQ(ReviewText::rateChange(0.60, std::nullopt).trend, ReviewTrend::Unknown);
    EXPECT_TRUE(ReviewText::rateChange(std::nullopt, 0.5).text.isEmpty());
}

TEST_F(ReviewTextTest, CountChange_LowerIsBetterWhereAsked)
{
    const ReviewChange more = ReviewText::countChange(12, 9, true);
    EXPECT_EQ(more.text, QStringLiteral("+3"));
    EXPECT_EQ(more.trend, ReviewTrend::Worse);
    const ReviewChange fewer = ReviewText::countChange(7, 9, true);
    EXPECT_EQ(fewer.text, QStringLiteral("\u22122"));
    EXPECT_EQ(fewer.trend, ReviewTrend::Better);
    EXPECT_EQ(ReviewText::countChange(12, 9, false).trend, ReviewTrend::Better);
    EXPECT_EQ(ReviewText::countChange(9, 9, false).trend, ReviewTrend::Same);
}

TEST_F(ReviewTextTest, DurationChange_ShorterIsBetter)
{
    const ReviewChange faster = ReviewText::durationChange(40 * 60, 50 * 60);
    EXPECT_EQ(faster.text, QStringLiteral("\u221210 min"));
    EXPECT_EQ(faster.trend, ReviewTrend::Better);
    EXPECT_EQ(ReviewText::durationChange(2 * 3600, 50 * 60).trend, ReviewTrend::Worse);
    EXPECT_EQ(ReviewText::durationChange(60, std::nullopt).trend, ReviewTrend::Unknown);
}

} // namespace
} // namespace baton::test
