#include "sla/BusinessCalendar.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QDateTime local(const char *zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone));
}

BusinessCalendar office(const char *zone, std::set<QDate> holidays = {})
{
    return BusinessCalendar(QTimeZone(zone), WeeklyHours::officeHours(), std::move(holidays));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_WithinOneDay_IsWallTime)
{
    const BusinessCalendar calendar = office("Europe/London");
    // Tuesday 3 February 2026, 10:00 GMT + 5 business minutes.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 2, 3, 10), 5), utc(2026, 2, 3, 10, 5));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_AfterHours_StartsAtTheNextOpening)
{
    const BusinessCalendar calendar = office("Europe/London");
    // Tuesday 19:00 → Wednesday 09:00 + 15 minutes.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 2, 3, 19), 15), utc(2026, 2, 4, 9, 15));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_OverAWeekend_SkipsSaturdayAndSunday)
{
    const BusinessCalendar calendar = office("Europe/London");
    // Friday 6 February 16:30 + 60: 30 minutes on Friday, 30 on Monday 9 February.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 2, 6, 16, 30), 60), utc(2026, 2, 9, 9, 30));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_OverAHoliday_SkipsIt)
{
    // Christmas Day and Boxing Day 2026 fall on Friday and Saturday; the bank holiday is Monday 28.
    const BusinessCalendar calendar = office("Europe/London", {QDate(2026, 12, 25), QDate(2026, 12, 28)});
    // Thursday 24 December 16:00 + 120: 60 on Thursday, then Tuesday 29 December 09:00 + 60.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 12, 24, 16), 120), utc(2026, 12, 29, 10));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_LondonSpringForward_OpensAt0900BritishSummerTime)
{
    const BusinessCalendar calendar = office("Europe/London");
    // Clocks go forward on Sunday 29 March 2026. Friday 27 March 16:00 GMT + 120: 60 on Friday,
    // then Monday 30 March 09:00 BST, which is 08:00 UTC, + 60 = 09:00 UTC.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 3, 27, 16), 120), utc(2026, 3, 30, 9));
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 3, 27, 16), 120),
              local("Europe/London", 2026, 3, 30, 10));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_LondonFallBack_OpensAt0900GreenwichTime)
{
    const BusinessCalendar calendar = office("Europe/London");
    // Clocks go back on Sunday 25 October 2026. Friday 23 October 16:30 BST (15:30 UTC) + 60:
    // 30 on Friday, then Monday 26 October 09:00 GMT + 30 = 09:30 UTC.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 10, 23, 15, 30), 60), utc(2026, 10, 26, 9, 30));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_NewYorkBothChanges_KeepLocalOpeningHours)
{
    const BusinessCalendar calendar = office("America/New_York");
    // Spring forward Sunday 8 March 2026: Friday 6 March 16:30 EST (21:30 UTC) + 60 → Monday
    // 9 March 09:30 EDT = 13:30 UTC.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 3, 6, 21, 30), 60), utc(2026, 3, 9, 13, 30));
    // Fall back Sunday 1 November 2026: Friday 30 October 16:30 EDT (20:30 UTC) + 60 → Monday
    // 2 November 09:30 EST = 14:30 UTC.
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 10, 30, 20, 30), 60), utc(2026, 11, 2, 14, 30));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_SydneyEasterAndDaylightSavingEnd_SkipsHolidaysInLocalTime)
{
    // Daylight saving ends on Sunday 5 April 2026 (03:00 AEDT → 02:00 AEST); Good Friday is 3 April
    // and Easter Monday 6 April. Thursday 2 April 16:00 AEDT (05:00 UTC) + 120: 60 on Thursday,
    // then Tuesday 7 April 09:00 AEST (Monday 23:00 UTC) + 60 = Tuesday 00:00 UTC.
    const BusinessCalendar calendar = office("Australia/Sydney", {QDate(2026, 4, 3), QDate(2026, 4, 6)});
    EXPECT_EQ(calendar.addBusinessMinutes(utc(2026, 4, 2, 5), 120), utc(2026, 4, 7, 0));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_AllWeekAcrossSydneySpringForward_CountsTheShortDay)
{
    // A team that works around the clock: a day is business time whatever its length. Daylight
    // saving starts on Sunday 4 October 2026 at 02:00 AEST. Saturday 3 October 12:00 AEST (02:00
    // UTC) + 24 hours is 02:00 UTC on Sunday, which is 13:00 AEDT there.
    const BusinessCalendar calendar(QTimeZone("Australia/Sydney"), WeeklyHours::allWeek());
    const QDateTime due = calendar.addBusinessMinutes(utc(2026, 10, 3, 2), 24 * 60);
    EXPECT_EQ(due, utc(2026, 10, 4, 2));
    EXPECT_EQ(due.toTimeZone(QTimeZone("Australia/Sydney")).time(), QTime(13, 0));
    EXPECT_EQ(calendar.businessSecondsBetween(local("Australia/Sydney", 2026, 10, 4, 0),
                                              local("Australia/Sydney", 2026, 10, 5, 0)),
              23 * 3600);
}

TEST(BusinessCalendarTest, BusinessSecondsBetween_OverAWeekendAndAHoliday_CountsOpenHoursOnly)
{
    const BusinessCalendar calendar = office("America/New_York", {QDate(2026, 7, 3)});
    // Thursday 2 July 16:00 EDT to Monday 6 July 10:00 EDT: 1 hour Thursday, Friday a holiday,
    // 1 hour Monday.
    EXPECT_EQ(calendar.businessSecondsBetween(local("America/New_York", 2026, 7, 2, 16),
                                              local("America/New_York", 2026, 7, 6, 10)),
              2 * 3600);
    EXPECT_EQ(calendar.businessSecondsBetween(local("America/New_York", 2026, 7, 6, 10),
                                              local("America/New_York", 2026, 7, 2, 16)),
              0);
}

TEST(BusinessCalendarTest, BusinessSecondsBetween_IsTheInverseOfAddBusinessMinutes)
{
    const BusinessCalendar calendar = office("Europe/London", {QDate(2026, 12, 25)});
    const QDateTime start = utc(2026, 3, 26, 15, 10);
    for (qint64 minutes : {1, 50, 480, 481, 2000, 10'000}) {
        const QDateTime due = calendar.addBusinessMinutes(start, minutes);
        EXPECT_EQ(calendar.businessSecondsBetween(start, due), minutes * 60) << minutes;
    }
}

TEST(BusinessCalendarTest, IsOpen_FollowsLocalHoursAndHolidays)
{
    const BusinessCalendar calendar = office("Europe/London", {QDate(2026, 12, 25)});
    EXPECT_TRUE(calendar.isOpen(local("Europe/London", 2026, 7, 1, 9)));
    EXPECT_FALSE(calendar.isOpen(local("Europe/London", 2026, 7, 1, 17)));
    EXPECT_FALSE(calendar.isOpen(local("Europe/London", 2026, 7, 4, 11))); // Saturday
    EXPECT_FALSE(calendar.isOpen(local("Europe/London", 2026, 12, 25, 11)));
}

TEST(BusinessCalendarTest, AddBusinessMinutes_NoHoursAtAll_IsInvalid)
{
    const BusinessCalendar calendar(QTimeZone::utc(), WeeklyHours{});
    EXPECT_FALSE(calendar.addBusinessMinutes(utc(2026, 1, 1, 9), 5).isValid());
}

TEST(WeeklyHoursTest, ParseInterval_AcceptsHoursAndRefusesTheRest)
{
    EXPECT_EQ(WeeklyHours::parseInterval(QStringLiteral("09:00-17:30")), (OpeningInterval{540, 1050}));
    EXPECT_EQ(WeeklyHours::parseInterval(QStringLiteral("00:00-24:00")), (OpeningInterval{0, 1440}));
    EXPECT_FALSE(WeeklyHours::parseInterval(QStringLiteral("17:00-09:00")).has_value());
    EXPECT_FALSE(WeeklyHours::parseInterval(QStringLiteral("9-17")).has_value());
    EXPECT_FALSE(WeeklyHours::parseInterval(QStringLiteral("09:00-24:30")).has_value());
    EXPECT_EQ(WeeklyHours::formatInterval({540, 1050}), QStringLiteral("09:00-17:30"));
}

} // namespace
} // namespace baton

namespace baton {
namespace {

TEST(WeeklyHoursTest, Parse_AsPeopleWriteThem_RoundTripsThroughText)
{
    const auto office = WeeklyHours::parse(QStringLiteral("mon-fri 09:00-17:00"));
    ASSERT_TRUE(office.has_value());
    EXPECT_EQ(*office, WeeklyHours::officeHours());
    EXPECT_EQ(office->toText(), QStringLiteral("mon-fri 09:00-17:00"));

    const auto split = WeeklyHours::parse(QStringLiteral("mon-thu 08:00-12:00 13:00-17:00; fri 08:00-14:00"));
    ASSERT_TRUE(split.has_value());
    EXPECT_EQ(split->days[0], (std::vector<OpeningInterval>{{480, 720}, {780, 1020}}));
    EXPECT_EQ(split->days[4], (std::vector<OpeningInterval>{{480, 840}}));
    EXPECT_TRUE(split->days[5].empty());
    EXPECT_EQ(split->toText(), QStringLiteral("mon-thu 08:00-12:00 13:00-17:00; fri 08:00-14:00"));

    EXPECT_EQ(WeeklyHours::parse(QStringLiteral("always")), WeeklyHours::allWeek());
    EXPECT_EQ(WeeklyHours::parse(QStringLiteral("mon,wed 10:00-16:00"))->toText(),
              QStringLiteral("mon 10:00-16:00; wed 10:00-16:00"));
}

TEST(WeeklyHoursTest, Parse_Malformed_SaysWhat)
{
    QString error;
    EXPECT_FALSE(WeeklyHours::parse(QStringLiteral("weekdays 9-5"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("\"weekdays\" is not a day"))) << error.toStdString();
    EXPECT_FALSE(
        WeeklyHours::parse(QStringLiteral("mon-fri 09:00-17:00; fri 10:00-12:00"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("fri is named twice"))) << error.toStdString();
    EXPECT_FALSE(WeeklyHours::parse(QStringLiteral("mon-fri"), &error).has_value());
    EXPECT_FALSE(WeeklyHours::parse(QStringLiteral("mon 12:00-13:00 09:00-10:00"), &error).has_value());
}

TEST(BusinessCalendarTest, BusinessSecondsBetween_InSeconds_AgreesAcrossAHalfHourDstChange)
{
    // Lord Howe Island moves its clocks by half an hour, at 02:00 local on Sunday 4 October 2026
    // (15:30 UTC the day before): the local date must come from the offset of that very instant.
    const BusinessCalendar calendar(QTimeZone("Australia/Lord_Howe"), WeeklyHours::allWeek());
    const QDateTime before(QDate(2026, 10, 3), QTime(15, 0), QTimeZone::utc());
    const QDateTime after(QDate(2026, 10, 3), QTime(16, 0), QTimeZone::utc());
    EXPECT_EQ(calendar.businessSecondsBetween(before.toSecsSinceEpoch(), after.toSecsSinceEpoch()), 3600);
    EXPECT_EQ(calendar.businessSecondsBetween(before, after), 3600);
    // Office hours in London: Friday 16:30 to Monday 13:00 is half an hour and four hours.
    const BusinessCalendar london = office("Europe/London");
    const QDateTime friday(QDate(2026, 3, 6), QTime(16, 30), QTimeZone::utc());
    const QDateTime monday(QDate(2026, 3, 9), QTime(13, 0), QTimeZone::utc());
    EXPECT_EQ(london.businessSecondsBetween(friday.toSecsSinceEpoch(), monday.toSecsSinceEpoch()),
              4 * 3600 + 1800);
}

} // namespace
} // namespace baton
