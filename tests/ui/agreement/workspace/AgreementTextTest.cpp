#include "agreement/AgreementText.h"

#include <QLocale>

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
    EXPECT_EQ(AgreementText::propertyLabel(QStringLiteral("minFit")), QStringLiteral("Minimum fit score"));
    EXPECT_EQ(AgreementText::propertyLabel(QStringLiteral("halfLifeDays")),
              QStringLiteral("Half-life (days)"));
    EXPECT_EQ(AgreementText::propertyLabel(QStringLiteral("points")), QStringLiteral("Points"));
    EXPECT_EQ(AgreementText::propertyLabel(QStringLiteral("someNewThing")), QStringLiteral("Some new thing"));
}

TEST(AgreementText, PropertyValue_CodesInWordsAndNumbersGrouped)
{
    const auto value = [](const char *property, const char *text) {
        return AgreementText::propertyValue(QString::fromLatin1(property), QString::fromUtf8(text));
    };
    EXPECT_EQ(value("fastTrackEvents", "demo_request, webinar_question"),
              QStringLiteral("Demo request, Webinar question"));
    EXPECT_EQ(value("field", "annual_revenue"), QStringLiteral("Annual revenue"));
    EXPECT_EQ(value("operator", "in_list"), QStringLiteral("is one of"));
    EXPECT_EQ(value("min", "20000000"), QLocale().toString(20000000));
    EXPECT_EQ(value("max", "(none)"), QStringLiteral("—"));
    EXPECT_EQ(value("events", ""), QStringLiteral("—"));
    EXPECT_EQ(value("values", "Software, 3D printing"), QStringLiteral("Software, 3D printing"));
    EXPECT_EQ(value("name", "2024"), QStringLiteral("2024")); // a name is not a number
}

TEST(AgreementText, VersionTitle_SaysWhereTheVersionStands)
{
    DefinitionVersion version;
    version.number = 6;
    version.kind = VersionKind::Proposal;
    version.status = VersionStatus::Proposed;
    EXPECT_EQ(AgreementText::versionTitle(version),
              QStringLiteral("Version 6 · proposal awaiting signatures"));
    version.status = VersionStatus::Effective;
    EXPECT_EQ(AgreementText::versionTitle(version), QStringLiteral("Version 6 · effective"));
    version.kind = VersionKind::Draft;
    version.status = VersionStatus::Draft;
    version.team = DefinitionTeam::Sales;
    EXPECT_EQ(AgreementText::versionTitle(version), QStringLiteral("Version 6 · sales draft"));
}

} // namespace
} // namespace baton::test
