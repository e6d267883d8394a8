#include "agreement/SlaTierSelector.h"

#include "AgreementFixtures.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using test::eventDaysAgo;

// Defaults: hot (demo_request) 15 min, warm (total >= 80) 240 min, cool (everyone) 480 min.

TEST(SlaTierSelectorTest, Select_DemoRequest_IsHot)
{
    const std::vector<EngagementEvent> events{eventDaysAgo(EventType::DemoRequest, 0)};
    EXPECT_EQ(SlaTierSelector::select(Definition::defaults().slaTiers, 10, events), 0U);
}

TEST(SlaTierSelectorTest, Select_HighScoreNoDemo_IsWarm)
{
    const std::vector<EngagementEvent> events{eventDaysAgo(EventType::PageView, 0, "/pricing")};
    EXPECT_EQ(SlaTierSelector::select(Definition::defaults().slaTiers, 80, events), 1U);
}

TEST(SlaTierSelectorTest, Select_LowScore_FallsToCatchAll)
{
    EXPECT_EQ(SlaTierSelector::select(Definition::defaults().slaTiers, 79, {}), 2U);
}

TEST(SlaTierSelectorTest, Select_NoCatchAll_ReturnsNothing)
{
    const std::vector<SlaTier> tiers{{"hot", 15, {EventType::DemoRequest}, std::nullopt}};
    EXPECT_FALSE(SlaTierSelector::select(tiers, 500, {}).has_value());
}

TEST(MeaningfulContactTest, IsMeaningfulContact_ConnectedCall_Counts)
{
    const auto contacts = Definition::defaults().meaningfulContacts;
    EXPECT_TRUE(isMeaningfulContact(contacts, ActivityType::Call, u"connected"));
    EXPECT_FALSE(isMeaningfulContact(contacts, ActivityType::Call, u"voicemail"));
    EXPECT_FALSE(isMeaningfulContact(contacts, ActivityType::Note, u"noted"));
}

} // namespace
} // namespace baton
