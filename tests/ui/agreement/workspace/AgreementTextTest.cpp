#include "agreement/AgreementText.h"

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QString duration(qint64 seconds)
{
    return AgreementText::duration(seconds);
}

TEST(AgreementText, Duration_TwoLargestUnitsInWords)
{
    EXPECT_EQ(duration(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3 days 4 hours"));
    EXPECT_EQ(duration(86400 + 1800), QStringLiteral("1 day"));
    EXPECT_EQ(duration(3600 + 5 * 60), QStringLiteral("1 hour 5 minutes"));
    EXPECT_EQ(duration(2 * 3600), QStringLiteral("2 hours"));
    EXPECT_EQ(duration(60), QStringLiteral("1 minute"));
    EXPECT_EQ(duration(59), QStringLiteral("less than a minute"));
    EXPECT_EQ(AgreementText::agreedIn(3 * 86400 + 4 * 3600), QStringLiteral("agreed in 3 days 4 hours"));
}

TEST(AgreementText, PartAndPropertyLabels_InWords)
{
    EXPECT_EQ(AgreementText::partLabel(QStringLiteral("fitRules")), QStringLiteral("Fit rules"));
    EXPECT_EQ(AgreementText::partLabel(QStringLiteral("slaTiers")), QStringLiteral("SLA tiers"));
    EXPECT_EQ(AgreementText::propertyLabel(QStringLiteral("minFit")), QStringLiteral("Min fit"));
    EXPECT_EQ(AgreementText::propertyLabel(QStringLiteral("points")), QStringLiteral("Points"));
}

} // namespace
} // namespace baton::test
