#include "agreement/HandoffJudge.h"

#include "AgreementFixtures.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using E = EventType;

const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

EngagementEvent daysAgo(qint64 id, E type, double days, QString detail = {})
{
    EngagementEvent event = test::eventDaysAgo(type, days, std::move(detail));
    event.id = id;
    return event;
}

/// Fit 60 for software companies; page views 10 points halving every 10 days; a demo request is
/// fast track. MQL: fit >= 50 and engagement >= 30. Required context: phone and buying signal.
Definition judgeDefinition()
{
    Definition d;
    d.fitRules = {test::fitRule("sw", FitField::Industry, FitOperator::InList, {"Software"}, 60)};
    d.engagementRules = {test::engagementRule("pages", E::PageView, {}, 10, 10),
                         test::engagementRule("demo", E::DemoRequest, {}, 40, 0)};
    d.mqlRule = MqlRule{50, 30, {E::DemoRequest}};
    d.requiredFields = {QStringLiteral("phone"), QStringLiteral("buying_signal")};
    return d;
}

class HandoffJudgeTest : public ::testing::Test {
protected:
    HandoffJudgeTest()
        : definition(judgeDefinition())
        , scorer(definition)
        , judge(scorer)
        , lead(test::softwareVp())
    {
        lead.person.phone = QStringLiteral("+1 415 555 0100");
    }

    Definition definition;
    Scorer scorer;
    HandoffJudge judge;
    Lead lead;
};

TEST_F(HandoffJudgeTest, OnArrival_ThirdFreshPageView_CrossesWithThatEventAsSignal)
{
    // 10 + 10 + 10, all today: 30 >= 30.
    const std::vector<EngagementEvent> events{daysAgo(1, E::PageView, 0.2), daysAgo(2, E::PageView, 0.1),
                                              daysAgo(3, E::PageView, 0)};
    const auto decision = judge.onArrival(lead, events, 2, now);
    ASSERT_TRUE(decision.has_value());
    EXPECT_EQ(decision->signal->id, 3);
    EXPECT_FALSE(decision->fastTrack);
    EXPECT_EQ(decision->fit, 60);
    EXPECT_EQ(decision->engagement, 30);
    EXPECT_EQ(decision->at, now);
}

TEST_F(HandoffJudgeTest, OnArrival_DecayedEngagementBelowBar_NoHandoff)
{
    // 10 × 0.5 (10 days) + 10 × 0.5 + 10 = 20 < 30.
    const std::vector<EngagementEvent> events{daysAgo(1, E::PageView, 10), daysAgo(2, E::PageView, 10),
                                              daysAgo(3, E::PageView, 0)};
    EXPECT_FALSE(judge.onArrival(lead, events, 2, now).has_value());
}

TEST_F(HandoffJudgeTest, OnArrival_DemoRequestForPoorFit_FastTrackWhateverTheScores)
{
    lead.company.industry = QStringLiteral("Retail"); // fit 0
    const std::vector<EngagementEvent> events{daysAgo(7, E::DemoRequest, 0, QStringLiteral("Book a demo"))};
    const auto decision = judge.onArrival(lead, events, 0, now);
    ASSERT_TRUE(decision.has_value());
    EXPECT_TRUE(decision->fastTrack);
    EXPECT_EQ(decision->fit, 0);
    EXPECT_EQ(decision->engagement, 40);
    EXPECT_EQ(decision->signal->detail, QStringLiteral("Book a demo"));
}

TEST_F(HandoffJudgeTest, OnArrival_PoorFitWithHighEngagement_NoHandoff)
{
    lead.company.industry = QStringLiteral("Retail");
    const std::vector<EngagementEvent> events{daysAgo(1, E::PageView, 0), daysAgo(2, E::PageView, 0),
                                              daysAgo(3, E::PageView, 0), daysAgo(4, E::PageView, 0)};
    EXPECT_FALSE(judge.onArrival(lead, events, 3, now).has_value());
}

TEST_F(HandoffJudgeTest, OnArrival_EventAfterNow_Ignored)
{
    EngagementEvent future = daysAgo(1, E::DemoRequest, 0);
    future.occurredAt = now.addSecs(60);
    const std::vector<EngagementEvent> events{future};
    EXPECT_FALSE(judge.onArrival(lead, events, 0, now).has_value());
}

TEST_F(HandoffJudgeTest, OnArrival_ContextPackage_CountsPhoneAndSignal)
{
    lead.person.phone.clear();
    const std::vector<EngagementEvent> events{daysAgo(1, E::DemoRequest, 0)};
    const auto decision = judge.onArrival(lead, events, 0, now);
    ASSERT_TRUE(decision.has_value());
    EXPECT_EQ(decision->context.percent, 50);
    EXPECT_EQ(decision->context.missing, QStringList{QStringLiteral("phone")});
}

TEST_F(HandoffJudgeTest, Reevaluate_ScoresMeetBarNow_SignalIsStartOfTheUnbrokenRun)
{
    // Half-life 10 days. Event 1 (40 days ago) is worth 0.6 by the time the others come.
    // Just after event 2: 0.7 + 10 = 10.7; after event 3: 0.7 + 9.9 + 10 = 20.6 (both below 30);
    // after event 4: 0.7 + 9.9 + 9.9 + 10 = 30.5: the run at or above 30 starts here, and just
    // before event 5 it is still 30.3. Now: 0.6 + 9.3 + 9.4 + 9.5 + 9.5 = 38.3 >= 30.
    const std::vector<EngagementEvent> events{daysAgo(1, E::PageView, 40), daysAgo(2, E::PageView, 1.0),
                                              daysAgo(3, E::PageView, 0.9), daysAgo(4, E::PageView, 0.8),
                                              daysAgo(5, E::PageView, 0.7)};
    const auto decision = judge.reevaluate(lead, events, now.addDays(-60), now);
    ASSERT_TRUE(decision.has_value());
    ASSERT_TRUE(decision->signal.has_value());
    EXPECT_EQ(decision->signal->id, 4);
    EXPECT_EQ(decision->at, now);
}

TEST_F(HandoffJudgeTest, Reevaluate_FastTrackEventSinceEnteringStage_HandedOverWithIt)
{
    lead.company.industry = QStringLiteral("Retail");
    const std::vector<EngagementEvent> events{daysAgo(1, E::DemoRequest, 20), daysAgo(2, E::PageView, 1)};
    const auto decision = judge.reevaluate(lead, events, now.addDays(-30), now);
    ASSERT_TRUE(decision.has_value());
    EXPECT_TRUE(decision->fastTrack);
    EXPECT_EQ(decision->signal->id, 1);
}

TEST_F(HandoffJudgeTest, Reevaluate_FastTrackEventBeforeEnteringStage_DoesNotCount)
{
    lead.company.industry = QStringLiteral("Retail");
    const std::vector<EngagementEvent> events{daysAgo(1, E::DemoRequest, 20)};
    EXPECT_FALSE(judge.reevaluate(lead, events, now.addDays(-10), now).has_value());
}

TEST_F(HandoffJudgeTest, Manual_RecordsScoresAtThatMomentWithoutSignal)
{
    const std::vector<EngagementEvent> events{daysAgo(1, E::PageView, 10), daysAgo(2, E::PageView, 0)};
    const HandoffDecision decision = judge.manual(lead, events, now);
    EXPECT_FALSE(decision.signal.has_value());
    EXPECT_EQ(decision.fit, 60);
    EXPECT_EQ(decision.engagement, 15); // 10 × 0.5 + 10
    EXPECT_EQ(decision.context.missing, QStringList{QStringLiteral("buying_signal")});
}

TEST_F(HandoffJudgeTest, Describe_FastTrackSignal_MarkedFastTrack)
{
    const std::vector<EngagementEvent> events{daysAgo(1, E::DemoRequest, 2)};
    const HandoffDecision decision = judge.describe(lead, events, now.addDays(-1), events.front());
    EXPECT_TRUE(decision.fastTrack);
    EXPECT_EQ(decision.engagement, 40);
    EXPECT_EQ(decision.context.percent, 100);
}

} // namespace
} // namespace baton
