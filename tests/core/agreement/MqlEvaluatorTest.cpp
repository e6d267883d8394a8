#include "agreement/MqlEvaluator.h"

#include "AgreementFixtures.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using E = EventType;

const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

EngagementEvent at(qint64 id, E type, QDateTime when, QString detail = {})
{
    EngagementEvent event;
    event.id = id;
    event.type = type;
    event.occurredAt = std::move(when);
    event.detail = std::move(detail);
    return event;
}

Definition mqlDefinition()
{
    Definition d;
    d.fitRules = {test::fitRule("sw", FitField::Industry, FitOperator::InList, {"Software"}, 60)};
    d.engagementRules = {test::engagementRule("pricing", E::PageView, "/pricing*", 10, 14),
                         test::engagementRule("webinar", E::WebinarAttended, {}, 20, 30),
                         test::engagementRule("demo", E::DemoRequest, {}, 40, 0)};
    d.mqlRule = MqlRule{50, 30, {E::DemoRequest}};
    return d;
}

TEST(MqlEvaluatorTest, FirstCrossing_EngagementReachesThreshold_RecordsSignalAndTime)
{
    // e1 at t0: 10. e2 14 days later: 10 × 0.5 + 10 = 15 (< 30).
    // e3 one hour after e2: 10 × 0.5^(14.0417/14) + 10 × 0.5^((1/24)/14) + 20 = 4.99 + 9.98 + 20 = 34.97
    // → 35.
    const std::vector<EngagementEvent> events{at(1, E::PageView, t0, "/pricing"),
                                              at(2, E::PageView, t0.addDays(14), "/pricing"),
                                              at(3, E::WebinarAttended, t0.addDays(14).addSecs(3600))};
    const Scorer scorer(mqlDefinition());
    const auto crossing = MqlEvaluator(scorer).firstCrossing(test::softwareVp(), events);
    ASSERT_TRUE(crossing.has_value());
    EXPECT_EQ(crossing->signal.id, 3);
    EXPECT_EQ(crossing->at, t0.addDays(14).addSecs(3600));
    EXPECT_FALSE(crossing->fastTrack);
    EXPECT_EQ(crossing->fit, 60);
    EXPECT_EQ(crossing->engagement, 35);
    EXPECT_EQ(crossing->total, 95);
}

TEST(MqlEvaluatorTest, FirstCrossing_DecayKeepsItBelow_ReturnsNothing)
{
    // 100 days apart the earlier points have all but gone: 10 × 0.5^(100/14) ≈ 0.07; at the webinar
    // 0.0005 + 0.07 ... + 20 ≈ 20.1 < 30.
    const std::vector<EngagementEvent> events{at(1, E::PageView, t0, "/pricing"),
                                              at(2, E::PageView, t0.addDays(100), "/pricing"),
                                              at(3, E::WebinarAttended, t0.addDays(200))};
    const Scorer scorer(mqlDefinition());
    EXPECT_FALSE(MqlEvaluator(scorer).firstCrossing(test::softwareVp(), events).has_value());
}

TEST(MqlEvaluatorTest, FirstCrossing_FitTooLow_OnlyFastTrackCrosses)
{
    Lead retail = test::softwareVp();
    retail.company.industry = QStringLiteral("Retail"); // fit 0 < 50
    const std::vector<EngagementEvent> events{at(1, E::WebinarAttended, t0),
                                              at(2, E::WebinarAttended, t0.addDays(1)),
                                              at(3, E::DemoRequest, t0.addDays(2))};
    const Scorer scorer(mqlDefinition());
    const auto crossing = MqlEvaluator(scorer).firstCrossing(retail, events);
    ASSERT_TRUE(crossing.has_value());
    EXPECT_TRUE(crossing->fastTrack);
    EXPECT_EQ(crossing->signal.id, 3);
    EXPECT_EQ(crossing->at, t0.addDays(2));
    EXPECT_EQ(crossing->fit, 0);
    // 20 × 0.5^(2/30) + 20 × 0.5^(1/30) + 40 = 19.09 + 19.54 + 40 = 78.63 → 79.
    EXPECT_EQ(crossing->engagement, 79);
}

TEST(MqlEvaluatorTest, FirstCrossing_FastTrackFirst_CrossesAtOnce)
{
    const std::vector<EngagementEvent> events{at(7, E::DemoRequest, t0),
                                              at(8, E::WebinarAttended, t0.addDays(1))};
    const Scorer scorer(mqlDefinition());
    const auto crossing = MqlEvaluator(scorer).firstCrossing(test::softwareVp(), events);
    ASSERT_TRUE(crossing.has_value());
    EXPECT_EQ(crossing->signal.id, 7);
    EXPECT_TRUE(crossing->fastTrack);
    EXPECT_EQ(crossing->total, 100); // fit 60 + demo 40
}

TEST(MqlEvaluatorTest, FirstCrossing_NoEvents_ReturnsNothing)
{
    const Scorer scorer(mqlDefinition());
    EXPECT_FALSE(MqlEvaluator(scorer).firstCrossing(test::softwareVp(), {}).has_value());
}

} // namespace
} // namespace baton
