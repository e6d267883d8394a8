#include "rejections/RejectionPeriod.h"

#include "common/FixedClock.h"
#include "rejections/RejectionFilterBar.h"

#include <QComboBox>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

using Kind = RejectionPeriod::Kind;

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

TEST(RejectionPeriod, ThisWeek_Tuesday_RunsFromMondayMidnightToTheNextMonday)
{
    const auto week = RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 10, 10), QTimeZone::utc());
    EXPECT_EQ(week.from, utc(2026, 3, 9));
    EXPECT_EQ(week.to, utc(2026, 3, 16));
}

TEST(RejectionPeriod, ThisWeek_MondayMidnightAndSundayLastSecond_AreTheSameWeek)
{
    const auto monday = RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 9), QTimeZone::utc());
    const auto sunday =
        RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 15, 23, 59, 59), QTimeZone::utc());
    const auto next = RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 16), QTimeZone::utc());
    EXPECT_EQ(monday.from, utc(2026, 3, 9));
    EXPECT_EQ(sunday.from, utc(2026, 3, 9));
    EXPECT_EQ(next.from, utc(2026, 3, 16));
}

TEST(RejectionPeriod, ThisWeek_InTokyo_BeginsAtMidnightThereOnMonday)
{
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    ASSERT_TRUE(tokyo.isValid());
    // Sunday 16:00 UTC is Monday 01:00 in Tokyo: the new week there began at 15:00 UTC.
    const auto week = RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 15, 16), tokyo);
    EXPECT_EQ(week.from, utc(2026, 3, 15, 15));
    EXPECT_EQ(week.to, utc(2026, 3, 22, 15));
    // An hour and a half earlier it was still Sunday there.
    EXPECT_EQ(RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 15, 14, 30), tokyo).from,
              utc(2026, 3, 8, 15));
}

TEST(RejectionPeriod, LastFourWeeks_IsThisWeekAndTheThreeBefore)
{
    const auto weeks = RejectionPeriod::around(Kind::LastFourWeeks, utc(2026, 3, 10, 10), QTimeZone::utc());
    EXPECT_EQ(weeks.from, utc(2026, 2, 16));
    EXPECT_EQ(weeks.to, utc(2026, 3, 16));
    EXPECT_EQ(weeks.from.date().dayOfWeek(), Qt::Monday);
}

TEST(RejectionPeriod, Quarters_FollowTheCalendarAcrossTheYear)
{
    const auto now = utc(2026, 3, 10, 10);
    const auto thisQuarter = RejectionPeriod::around(Kind::ThisQuarter, now, QTimeZone::utc());
    const auto lastQuarter = RejectionPeriod::around(Kind::LastQuarter, now, QTimeZone::utc());
    EXPECT_EQ(thisQuarter.from, utc(2026, 1, 1));
    EXPECT_EQ(thisQuarter.to, utc(2026, 4, 1));
    EXPECT_EQ(lastQuarter.from, utc(2025, 10, 1));
    EXPECT_EQ(lastQuarter.to, utc(2026, 1, 1));
}

TEST(RejectionPeriod, ElapsedWeeks_RunningPeriodCountsUpToNowAndAtLeastADay)
{
    const auto week = RejectionPeriod::around(Kind::ThisWeek, utc(2026, 3, 10, 10), QTimeZone::utc());
    EXPECT_DOUBLE_EQ(week.elapsedWeeks(utc(2026, 3, 12, 12)), 3.5 / 7.0);
    EXPECT_DOUBLE_EQ(week.elapsedWeeks(utc(2026, 3, 9, 1)), 1.0 / 7.0);
    EXPECT_DOUBLE_EQ(week.elapsedWeeks(utc(2026, 4, 1)), 1.0);
}

TEST(RejectionFilterBar, PeriodPicker_OffersTheFourPeriodsAndFollowsTheClock)
{
    FixedClock clock(utc(2026, 3, 15, 23, 59, 59)); // Sunday night
    RejectionFilterBar bar(clock);
    bar.setTimeZone(QTimeZone::utc());
    ASSERT_EQ(bar.periodCombo()->count(), 4);
    EXPECT_EQ(bar.periodCombo()->itemText(0), QStringLiteral("This week"));
    EXPECT_EQ(bar.periodCombo()->itemText(1), QStringLiteral("Last 4 weeks"));
    EXPECT_EQ(bar.periodKind(), Kind::ThisWeek);
    EXPECT_EQ(bar.period().from, utc(2026, 3, 9));
    EXPECT_TRUE(bar.periodDates().contains(QStringLiteral("15 Mar 2026"))) << bar.periodDates().toStdString();

    clock.advanceSeconds(1); // Monday: a new week
    EXPECT_EQ(bar.period().from, utc(2026, 3, 16));

    QSignalSpy changed(&bar, &RejectionFilterBar::periodChanged);
    bar.periodCombo()->setCurrentIndex(2);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(bar.period().kind, Kind::ThisQuarter);
    EXPECT_EQ(bar.period().from, utc(2026, 1, 1));
}

TEST(RejectionFilterBar, StatusFilter_OpenDisputedOrAll)
{
    FixedClock clock(utc(2026, 3, 10, 10));
    RejectionFilterBar bar(clock);
    EXPECT_EQ(bar.status(), ReviewStatus::Open);
    bar.setStatusFilter(RejectionFilterBar::StatusFilter::Disputed);
    EXPECT_EQ(bar.status(), ReviewStatus::Disputed);
    bar.setStatusFilter(RejectionFilterBar::StatusFilter::All);
    EXPECT_FALSE(bar.status().has_value());
}

} // namespace
} // namespace baton::test
