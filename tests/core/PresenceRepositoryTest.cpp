#include "storage/PresenceRepository.h"

#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

namespace baton::test {
namespace {

const QString host = QStringLiteral("desk-7");

TEST(PresenceRepository, Others_ColleagueBeat_ListsThemButNotThisApp)
{
    TestFile file;
    const Team team = addTeam(file.db());
    PresenceRepository presence(file.db());
    const QDateTime now = referenceTime();
    ASSERT_TRUE(presence.beat(team.sdr, host, 100, now).ok());
    ASSERT_TRUE(presence.beat(team.salesManager, QStringLiteral("desk-9"), 200, now).ok());

    auto others = presence.others(host, 100, now.addSecs(10));

    ASSERT_TRUE(others.ok()) << others.error().message.toStdString();
    ASSERT_EQ(others->size(), 1U);
    EXPECT_EQ(others->front().name, QStringLiteral("Sally Brooks"));
    EXPECT_EQ(others->front().role, Role::SalesManager);
    EXPECT_EQ(others->front().host, QStringLiteral("desk-9"));
    EXPECT_EQ(presence.all(now)->size(), 2U);
}

TEST(PresenceRepository, Others_HeartbeatOlderThanTwoMinutes_IsIgnored)
{
    TestFile file;
    const Team team = addTeam(file.db());
    PresenceRepository presence(file.db());
    const QDateTime now = referenceTime();
    ASSERT_TRUE(presence.beat(team.salesManager, QStringLiteral("desk-9"), 200, now).ok());

    EXPECT_EQ(presence.others(host, 100, now.addSecs(119))->size(), 1U);
    EXPECT_TRUE(presence.others(host, 100, now.addSecs(120))->empty());
}

TEST(PresenceRepository, Beat_Again_RefreshesTheRowAndClearsExpiredOnes)
{
    TestFile file;
    const Team team = addTeam(file.db());
    PresenceRepository presence(file.db());
    const QDateTime now = referenceTime();
    ASSERT_TRUE(presence.beat(team.sdr, host, 100, now).ok());
    ASSERT_TRUE(presence.beat(team.salesManager, QStringLiteral("crashed"), 300, now).ok());

    ASSERT_TRUE(presence.beat(team.otherSdr, host, 100, now.addSecs(150)).ok());

    EXPECT_EQ(*file.db().queryInt("SELECT count(*) FROM presence"), 1);
    auto everyone = presence.all(now.addSecs(150));
    ASSERT_EQ(everyone->size(), 1U);
    EXPECT_EQ(everyone->front().name, QStringLiteral("Olive Chen"));
}

TEST(PresenceRepository, Leave_RemovesOnlyThisApp)
{
    TestFile file;
    const Team team = addTeam(file.db());
    PresenceRepository presence(file.db());
    const QDateTime now = referenceTime();
    ASSERT_TRUE(presence.beat(team.sdr, host, 100, now).ok());
    ASSERT_TRUE(presence.beat(team.salesManager, QStringLiteral("desk-9"), 200, now).ok());

    ASSERT_TRUE(presence.leave(host, 100).ok());

    auto everyone = presence.all(now);
    ASSERT_EQ(everyone->size(), 1U);
    EXPECT_EQ(everyone->front().host, QStringLiteral("desk-9"));
}

} // namespace
} // namespace baton::test
