#include "metrics/ReviewWeeks.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace baton;

namespace {

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST(MeetingWeeks, MondayOf_Sunday2330InLondonWinter_IsThatWeeksMonday)
{
    // Sun 8 March 2026 23:30 UTC is 23:30 in London (GMT): still the week of Monday 2 March.
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(3, 8, 23, 30), QTimeZone("Europe/London")), QDate(2026, 3, 2));
}

TEST(MeetingWeeks, MondayOf_Sunday2330UtcInLondonSummer_IsAlreadyTheNextWeek)
{
    // Sun 5 July 2026 23:30 UTC is Mon 00:30 in London (BST): the week of Monday 6 July.
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(7, 5, 23, 30), QTimeZone("Europe/London")), QDate(2026, 7, 6));
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(7, 5, 23, 30), QTimeZone::utc()), QDate(2026, 6, 29));
}

TEST(MeetingWeeks, MondayOf_Sunday2330InLondonSummerTime_IsThatWeeksMonday)
{
    // Sun 5 July 2026 22:30 UTC is 23:30 in London: the week of Monday 29 June.
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(7, 5, 22, 30), QTimeZone("Europe/London")), QDate(2026, 6, 29));
}

TEST(MeetingWeeks, MondayOf_MidnightMonday_StartsTheWeek)
{
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(3, 9, 0, 0), QTimeZone::utc()), QDate(2026, 3, 9));
    EXPECT_EQ(ReviewWeeks::mondayOf(utc(3, 8, 23, 59), QTimeZone::utc()), QDate(2026, 3, 2));
}

TEST(MeetingWeeks, MondayOf_Date_IsTheMondayOnOrBeforeIt)
{
    EXPECT_EQ(ReviewWeeks::mondayOf(QDate(2026, 3, 2)), QDate(2026, 3, 2));
    EXPECT_EQ(ReviewWeeks::mondayOf(QDate(2026, 3, 8)), QDate(2026, 3, 2));
    EXPECT_EQ(ReviewWeeks::mondayOf(QDate(2026, 3, 4)), QDate(2026, 3, 2));
}
