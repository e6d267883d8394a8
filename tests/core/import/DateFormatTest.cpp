#include "import/DateFormat.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace baton {
namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

std::optional<qint64> read(const char *pattern, const char *text, const QTimeZone &zone = QTimeZone::utc())
{
    auto format = DateFormat::parse(QString::fromLatin1(pattern));
    EXPECT_TRUE(format.ok());
    return format->read(text, zone);
}

TEST(DateFormatTest, Read_Iso8601WithZoneOrOffset_UsesItsOwnOffset)
{
    const QTimeZone berlin("Europe/Berlin");
    EXPECT_EQ(read("iso8601", "2026-03-05T14:23:11Z", berlin), utc(2026, 3, 5, 14, 23, 11));
    EXPECT_EQ(read("iso8601", "2026-03-05T14:23:11.250+02:00", berlin), utc(2026, 3, 5, 12, 23, 11));
    EXPECT_EQ(read("iso8601", "2026-03-05T14:23:11-0500"), utc(2026, 3, 5, 19, 23, 11));
}

TEST(DateFormatTest, Read_WallClockTime_IsInTheMappingsZone)
{
    const QTimeZone berlin("Europe/Berlin");
    EXPECT_EQ(read("iso8601", "2026-03-05 14:23", berlin), utc(2026, 3, 5, 13, 23));
    EXPECT_EQ(read("YYYY-MM-DD hh:mm:ss", "2026-07-05 14:23:00", berlin), utc(2026, 7, 5, 12, 23));
    EXPECT_EQ(read("iso8601", "2026-03-05"), utc(2026, 3, 5));
}

TEST(DateFormatTest, Read_UsTwelveHourClock_ReadsAmAndPm)
{
    EXPECT_EQ(read("MM/DD/YYYY hh:mm AM", "3/5/2026 2:23 PM"), utc(2026, 3, 5, 14, 23));
    EXPECT_EQ(read("MM/DD/YYYY hh:mm AM", "03/05/2026 12:05 am"), utc(2026, 3, 5, 0, 5));
    EXPECT_EQ(read("MM/DD/YYYY hh:mm AM", "03/05/2026 12:05 PM"), utc(2026, 3, 5, 12, 5));
    EXPECT_FALSE(read("MM/DD/YYYY hh:mm AM", "03/05/2026 13:05 PM"));
}

TEST(DateFormatTest, Read_SecondsLeftOff_StillReads)
{
    EXPECT_EQ(read("YYYY-MM-DD hh:mm:ss", "2026-03-05 14:23"), utc(2026, 3, 5, 14, 23));
}

TEST(DateFormatTest, Read_ImpossibleDatesAndOtherFormats_AreNotRead)
{
    EXPECT_FALSE(read("iso8601", "2026-02-30"));
    EXPECT_FALSE(read("iso8601", "05/03/2026"));
    EXPECT_FALSE(read("MM/DD/YYYY", "13/01/2026"));
    EXPECT_FALSE(read("MM/DD/YYYY", "2026-01-01"));
    EXPECT_FALSE(read("iso8601", ""));
}

TEST(DateFormatTest, Parse_UnknownLetters_RefusedWithTheLetter)
{
    auto format = DateFormat::parse(QStringLiteral("DD.MM.YYYY HH:mm"));
    ASSERT_FALSE(format.ok());
    EXPECT_TRUE(format.error().message.contains(QLatin1String("'H'")));
}

} // namespace
} // namespace baton
