#include "agreement/DetailPattern.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(DetailPatternTest, Matches_EmptyPattern_MatchesEverything)
{
    EXPECT_TRUE(DetailPattern(QString()).matches(u"/anything"));
    EXPECT_TRUE(DetailPattern(QString()).matches(u""));
}

TEST(DetailPatternTest, Matches_NoStar_IsCaseInsensitiveSubstring)
{
    const DetailPattern pattern(QStringLiteral("Pricing"));
    EXPECT_TRUE(pattern.matches(u"/pricing"));
    EXPECT_TRUE(pattern.matches(u"/en/PRICING/enterprise"));
    EXPECT_FALSE(pattern.matches(u"/product"));
}

TEST(DetailPatternTest, Matches_TrailingStar_IsPrefix)
{
    const DetailPattern pattern(QStringLiteral("/pricing*"));
    EXPECT_TRUE(pattern.matches(u"/pricing"));
    EXPECT_TRUE(pattern.matches(u"/Pricing/enterprise"));
    EXPECT_FALSE(pattern.matches(u"/en/pricing"));
}

TEST(DetailPatternTest, Matches_LeadingStar_IsSuffix)
{
    const DetailPattern pattern(QStringLiteral("*.pdf"));
    EXPECT_TRUE(pattern.matches(u"State of RevOps.PDF"));
    EXPECT_FALSE(pattern.matches(u"report.pdf.html"));
}

TEST(DetailPatternTest, Matches_StarsInside_FindsPartsInOrder)
{
    const DetailPattern pattern(QStringLiteral("/customers/*/story*"));
    EXPECT_TRUE(pattern.matches(u"/customers/atlas/story"));
    EXPECT_TRUE(pattern.matches(u"/customers/atlas/story?ref=mail"));
    EXPECT_FALSE(pattern.matches(u"/customers/atlas"));
    EXPECT_FALSE(pattern.matches(u"/blog/customers/atlas/story"));
}

TEST(DetailPatternTest, Matches_BothEndsStar_IsContains)
{
    const DetailPattern pattern(QStringLiteral("*webinar*"));
    EXPECT_TRUE(pattern.matches(u"Q3 Pipeline Webinar"));
    EXPECT_FALSE(pattern.matches(u"Whitepaper"));
}

TEST(DetailPatternTest, Matches_PrefixAndSuffixOverlap_DoesNotMatch)
{
    // "ab*ba" needs at least four characters: "aba" would reuse the middle 'b'.
    const DetailPattern pattern(QStringLiteral("ab*ba"));
    EXPECT_FALSE(pattern.matches(u"aba"));
    EXPECT_TRUE(pattern.matches(u"abba"));
}

TEST(DetailPatternTest, Matches_StarAlone_MatchesEverything)
{
    EXPECT_TRUE(DetailPattern(QStringLiteral("*")).matches(u""));
    EXPECT_TRUE(DetailPattern(QStringLiteral("**")).matches(u"/x"));
}

TEST(DetailPatternTest, Matches_NonAscii_FoldsCase)
{
    EXPECT_TRUE(DetailPattern(QStringLiteral("/DE/Preisübersicht*")).matches(u"/de/PREISÜBERSICHT/teams"));
    EXPECT_TRUE(DetailPattern(QStringLiteral("ÉNERGIE")).matches(u"rapport énergie 2026"));
    EXPECT_FALSE(DetailPattern(QStringLiteral("énergie")).matches(u"energie"));
}

} // namespace
} // namespace baton
