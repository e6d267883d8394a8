#include "format/AgeFormat.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton {
namespace {

const QDateTime now(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());

TEST(AgeFormat, Relative_UnderAMinute_SaysJustNow)
{
    EXPECT_EQ(AgeFormat::relative(now.addSecs(-30), now), QStringLiteral("just now"));
}

TEST(AgeFormat, Relative_Minutes_CountsMinutes)
{
    EXPECT_EQ(AgeFormat::relative(now.addSecs(-12 * 60), now), QStringLiteral("12 min ago"));
}

TEST(AgeFormat, Relative_Hours_CountsWholeHours)
{
    EXPECT_EQ(AgeFormat::relative(now.addSecs(-3 * 3600 - 59 * 60), now), QStringLiteral("3 h ago"));
}

TEST(AgeFormat, Relative_Days_CountsDays)
{
    EXPECT_EQ(AgeFormat::relative(now.addDays(-2), now), QStringLiteral("2 d ago"));
}

TEST(AgeFormat, Relative_Weeks_CountsWeeks)
{
    EXPECT_EQ(AgeFormat::relative(now.addDays(-35), now), QStringLiteral("5 w ago"));
}

TEST(AgeFormat, Relative_Months_CountsMonths)
{
    EXPECT_EQ(AgeFormat::relative(now.addDays(-120), now), QStringLiteral("4 mo ago"));
}

TEST(AgeFormat, Relative_InvalidTime_IsEmpty)
{
    EXPECT_TRUE(AgeFormat::relative(QDateTime(), now).isEmpty());
}

TEST(AgeFormat, Full_ValidTime_ContainsTheYear)
{
    EXPECT_TRUE(AgeFormat::full(now).contains(QStringLiteral("2026")));
}

} // namespace
} // namespace baton
