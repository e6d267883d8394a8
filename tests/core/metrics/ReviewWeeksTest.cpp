#include "metrics/ReviewWeeks.h"

#include "metrics/DurationStats.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST(ReviewWeeks, SundayLateInUtc_IsAlreadyMondayInLondonAfterTheClocksGoForward)
{
    const QTimeZone london("Europe/London");
    // 29 March 2026: the clocks go forward at 01:00 UTC; 23:30 UTC is Monday 00:30 BST.
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(3, 29, 23, 30), london), QDate(2026, 3, 30));
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(3, 29, 23, 30), QTimeZone::utc()), QDate(2026, 3, 23));
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(3, 29, 22, 59), london), QDate(2026, 3, 23));
}

TEST(ReviewWeeks, WeekAcrossTheDstChange_Is167HoursLongInLondonAnd169InSydney)
{
    const QTimeZone london("Europe/London");
    EXPECT_EQ(ReviewWeeks::start(QDate(2026, 3, 23), london), utc(3, 23, 0));
    EXPECT_EQ(ReviewWeeks::start(QDate(2026, 3, 30), london), utc(3, 29, 23));
    EXPECT_EQ(
        ReviewWeeks::start(QDate(2026, 3, 23), london).secsTo(ReviewWeeks::start(QDate(2026, 3, 30), london)),
        167 * 3600);
    // Sydney leaves daylight time on Sunday 5 April 2026.
    const QTimeZone sydney("Australia/Sydney");
    EXPECT_EQ(
        ReviewWeeks::start(QDate(2026, 3, 30), sydney).secsTo(ReviewWeeks::start(QDate(2026, 4, 6), sydney)),
        169 * 3600);
}

TEST(DurationStats, NearestRank_MedianAndNinetiethPercentileOfSortedValues)
{
    std::vector<qint64> five{50, 10, 40, 20, 30};
    const DurationStats stats = DurationStats::of(five);
    EXPECT_EQ(stats.count, 5);
    EXPECT_EQ(stats.median, 30); // rank ceil(2.5) = 3
    EXPECT_EQ(stats.p90, 50);    // rank ceil(4.5) = 5
    std::vector<qint64> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const DurationStats tenStats = DurationStats::of(ten);
    EXPECT_EQ(tenStats.median, 5); // rank 5
    EXPECT_EQ(tenStats.p90, 9);    // rank 9
    std::vector<qint64> none;
    EXPECT_FALSE(DurationStats::of(none).median.has_value());
}
