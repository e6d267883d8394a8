#include "AgreementFixtures.h"
#include "agreement/Scorer.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using test::engagementRule;
using test::eventDaysAgo;
using test::scoringNow;
using E = EventType;

Definition engagementDefinition()
{
    Definition d;
    d.engagementRules = {
        engagementRule("pricing", E::PageView, "/pricing*", 10, 14, 30),
        engagementRule("pages", E::PageView, {}, 1, 7, 5),
        engagementRule("demo", E::DemoRequest, {}, 40, 0),
    };
    return d;
}

TEST(ScorerEngagementTest, Engagement_HalfLives_DecayByHalves)
{
    // 10 × 0.5^(0/14) + 10 × 0.5^(14/14) + 10 × 0.5^(28/14) = 10 + 5 + 2.5 = 17.5, rounded to 18.
    const std::vector<EngagementEvent> events{eventDaysAgo(E::PageView, 28, "/pricing"),
                                              eventDaysAgo(E::PageView, 14, "/pricing"),
                                              eventDaysAgo(E::PageView, 0, "/pricing")};
    const Scorer scorer(engagementDefinition());
    const EngagementScore score = scorer.engagement(events, scoringNow());
    EXPECT_DOUBLE_EQ(score.exactPoints, 17.5);
    EXPECT_EQ(score.points, 18);
    EXPECT_EQ(scorer.engagementPoints(events, scoringNow()), 18);
    const EngagementContribution &pricing = score.explanation[0];
    EXPECT_EQ(pricing.eventsMatched, 3);
    EXPECT_DOUBLE_EQ(pricing.rawPoints, 30);
    EXPECT_DOUBLE_EQ(pricing.decayedPoints, 17.5);
    EXPECT_FALSE(pricing.capped);
    EXPECT_EQ(pricing.why, "3 events × 10 = 30, decayed to 17.5 (half-life 14 days)");
}

TEST(ScorerEngagementTest, Engagement_FractionalAge_UsesExactExponent)
{
    // 10 × 0.5^(7/14) = 10 / √2 = 7.0711 → 7.
    const std::vector<EngagementEvent> events{eventDaysAgo(E::PageView, 7, "/pricing/teams")};
    const EngagementScore score = Scorer(engagementDefinition()).engagement(events, scoringNow());
    EXPECT_NEAR(score.exactPoints, 7.0711, 1e-4);
    EXPECT_EQ(score.points, 7);
}

TEST(ScorerEngagementTest, Engagement_OverCap_CapsDecayedSum)
{
    // Four fresh pricing views: 4 × 10 = 40 decayed 40, capped at 30.
    std::vector<EngagementEvent> events(4, eventDaysAgo(E::PageView, 0, "/pricing"));
    const EngagementScore score = Scorer(engagementDefinition()).engagement(events, scoringNow());
    EXPECT_EQ(score.points, 30);
    EXPECT_TRUE(score.explanation[0].capped);
    EXPECT_DOUBLE_EQ(score.explanation[0].decayedPoints, 40);
    EXPECT_DOUBLE_EQ(score.explanation[0].points, 30);
    EXPECT_TRUE(score.explanation[0].why.endsWith(", capped at 30"));
}

TEST(ScorerEngagementTest, Engagement_CapAppliesAfterDecay_OldEventsStayUnderCap)
{
    // Four pricing views 14 days old: 4 × 5 = 20 < cap 30: not capped.
    std::vector<EngagementEvent> events(4, eventDaysAgo(E::PageView, 14, "/pricing"));
    const EngagementScore score = Scorer(engagementDefinition()).engagement(events, scoringNow());
    EXPECT_EQ(score.points, 20);
    EXPECT_FALSE(score.explanation[0].capped);
}

TEST(ScorerEngagementTest, Engagement_EventAfterAt_IsIgnored)
{
    std::vector<EngagementEvent> events{eventDaysAgo(E::DemoRequest, -1)};
    const Scorer scorer(engagementDefinition());
    EXPECT_EQ(scorer.engagementPoints(events, scoringNow()), 0);
    EXPECT_EQ(scorer.engagement(events, scoringNow()).explanation[2].eventsMatched, 0);
}

TEST(ScorerEngagementTest, Engagement_ZeroHalfLife_NeverDecays)
{
    std::vector<EngagementEvent> events{eventDaysAgo(E::DemoRequest, 400)};
    const EngagementScore score = Scorer(engagementDefinition()).engagement(events, scoringNow());
    EXPECT_EQ(score.points, 40);
    EXPECT_EQ(score.explanation[2].why, "1 event × 40 = 40");
}

TEST(ScorerEngagementTest, Engagement_EventMatchingTwoRules_CountsForTheFirst)
{
    // "/pricing" matches "pricing" (first) and the catch-all "pages": only pricing counts it.
    // "/blog" only matches "pages": 1 × 0.5^(7/7) = 0.5. Total 10 + 0.5 = 10.5 → 11.
    std::vector<EngagementEvent> events{eventDaysAgo(E::PageView, 0, "/pricing"),
                                        eventDaysAgo(E::PageView, 7, "/blog")};
    const EngagementScore score = Scorer(engagementDefinition()).engagement(events, scoringNow());
    EXPECT_EQ(score.explanation[0].eventsMatched, 1);
    EXPECT_EQ(score.explanation[1].eventsMatched, 1);
    EXPECT_DOUBLE_EQ(score.exactPoints, 10.5);
    EXPECT_EQ(score.points, 11);
}

TEST(ScorerEngagementTest, Engagement_NoRuleForType_GivesNothing)
{
    std::vector<EngagementEvent> events{eventDaysAgo(E::EmailOpen, 0)};
    const EngagementScore score = Scorer(engagementDefinition()).engagement(events, scoringNow());
    EXPECT_EQ(score.points, 0);
    EXPECT_EQ(score.explanation[0].why, "no page_view event matched");
}

TEST(ScorerEngagementTest, TotalPoints_FitPlusEngagement_Adds)
{
    Definition d = engagementDefinition();
    d.fitRules = {test::fitRule("sw", FitField::Industry, FitOperator::InList, {"Software"}, 25)};
    std::vector<EngagementEvent> events{eventDaysAgo(E::DemoRequest, 2)};
    EXPECT_EQ(Scorer(d).totalPoints(test::softwareVp(), events, scoringNow()), 25 + 40);
}

TEST(ScorerEngagementTest, EngagementPoints_ManyRules_MatchesExplained)
{
    // More rules than the inline accumulator holds: the heap path must agree.
    Definition d;
    for (int i = 0; i < 80; ++i)
        d.engagementRules.push_back(
            engagementRule(QStringLiteral("r%1").arg(i), E::PageView, QStringLiteral("/p%1").arg(i), 2, 10));
    std::vector<EngagementEvent> events{eventDaysAgo(E::PageView, 10, "/p79"),
                                        eventDaysAgo(E::PageView, 0, "/p3")};
    const Scorer scorer(d);
    EXPECT_EQ(scorer.engagementPoints(events, scoringNow()), 3); // 2 × 0.5 + 2 = 3
    EXPECT_EQ(scorer.engagement(events, scoringNow()).points, 3);
}

} // namespace
} // namespace baton
