#include "ValueParser.h"

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

TEST(ValueParser, Money_WholeAndDecimalAmounts_BecomeCents)
{
    EXPECT_EQ(*ValueParser::money(QStringLiteral("12500")), 1250000);
    EXPECT_EQ(*ValueParser::money(QStringLiteral("12500.50")), 1250050);
    EXPECT_EQ(*ValueParser::money(QStringLiteral("12500.5")), 1250050);
    EXPECT_EQ(*ValueParser::money(QStringLiteral("0.07")), 7);
    EXPECT_EQ(*ValueParser::money(QStringLiteral("0")), 0);
}

TEST(ValueParser, Money_MalformedAmounts_AreRefused)
{
    for (const char *text : {"", "abc", "-5", "12.345", "12,500", "1e6", "12.", ".5", "99999999999999"})
        EXPECT_FALSE(ValueParser::money(QString::fromLatin1(text)).ok()) << text;
}

TEST(ValueParser, LeadId_OnlyPositiveWholeNumbers)
{
    EXPECT_EQ(*ValueParser::leadId(QStringLiteral("42")), 42);
    for (const char *text : {"0", "-1", "+3", "4.2", "x"})
        EXPECT_FALSE(ValueParser::leadId(QString::fromLatin1(text)).ok()) << text;
}

TEST(ValueParser, ReviewId_OnlyPositiveWholeNumbers)
{
    EXPECT_EQ(*ValueParser::reviewId(QStringLiteral("7")), 7);
    for (const char *text : {"0", "-1", "+3", "4.2", "x"})
        EXPECT_FALSE(ValueParser::reviewId(QString::fromLatin1(text)).ok()) << text;
}

TEST(ValueParser, Stage_ByStoredName_CaseInsensitive)
{
    EXPECT_EQ(*ValueParser::stage(QStringLiteral("MQL")), Stage::Mql);
    EXPECT_EQ(*ValueParser::stage(QStringLiteral("disqualified")), Stage::Disqualified);
    EXPECT_FALSE(ValueParser::stage(QStringLiteral("hot")).ok());
}

TEST(ValueParser, Count_OutsideTheRange_IsRefusedNamingTheOption)
{
    EXPECT_EQ(*ValueParser::count(QStringLiteral("5"), QStringLiteral("--limit"), 1, 10), 5);
    const auto tooBig = ValueParser::count(QStringLiteral("11"), QStringLiteral("--limit"), 1, 10);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error().message.contains(QStringLiteral("--limit")));
}

TEST(ValueParser, Outcome_MustFitTheActivityType)
{
    EXPECT_EQ(*ValueParser::outcome(ActivityType::Call, QStringLiteral("voicemail")),
              QStringLiteral("voicemail"));
    EXPECT_FALSE(ValueParser::outcome(ActivityType::Call, QStringLiteral("held")).ok());
}

} // namespace
} // namespace baton::cli::test
