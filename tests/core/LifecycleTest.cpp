#include "domain/Lifecycle.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace baton;

namespace {

const std::set<std::pair<Stage, Stage>> &expectedMoves()
{
    static const std::set<std::pair<Stage, Stage>> moves{
        {Stage::Nurture, Stage::Mql},
        {Stage::Mql, Stage::Sal},
        {Stage::Mql, Stage::Rejected},
        {Stage::Mql, Stage::Recycled},
        {Stage::Sal, Stage::Sql},
        {Stage::Sal, Stage::Disqualified},
        {Stage::Sal, Stage::Recycled},
        {Stage::Rejected, Stage::Recycled},
        {Stage::Disqualified, Stage::Recycled},
        {Stage::Recycled, Stage::Nurture},
        {Stage::Recycled, Stage::Mql},
        {Stage::Rejected, Stage::Mql},
        {Stage::Disqualified, Stage::Mql},
    };
    return moves;
}

} // namespace

TEST(Lifecycle, IsAllowed_EveryPairOfStages_MatchesTheDomainTable)
{
    for (Stage from : allStages) {
        for (Stage to : allStages) {
            const bool expected = expectedMoves().count({from, to}) == 1;
            EXPECT_EQ(Lifecycle::isAllowed(from, to), expected)
                << stageName(from).toStdString() << " -> " << stageName(to).toStdString();
        }
    }
}

TEST(Lifecycle, Check_RefusedMove_ReportsInvalidTransitionAndTheAllowedStages)
{
    auto result = Lifecycle::check(Stage::Nurture, Stage::Sal, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidTransition);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("mql")));
}

TEST(Lifecycle, Check_SqlIsFinal_NoMoveAllowed)
{
    EXPECT_TRUE(Lifecycle::nextStages(Stage::Sql).empty());
    for (Stage to : allStages)
        EXPECT_FALSE(Lifecycle::check(Stage::Sql, to, QStringLiteral("other")).ok());
}

TEST(Lifecycle, Check_ExitWithoutReason_IsRefused)
{
    for (auto [from, to] :
         {std::pair{Stage::Mql, Stage::Rejected}, std::pair{Stage::Sal, Stage::Disqualified},
          std::pair{Stage::Sal, Stage::Recycled}, std::pair{Stage::Rejected, Stage::Recycled}}) {
        auto missing = Lifecycle::check(from, to, QStringLiteral("  "));
        ASSERT_FALSE(missing.ok());
        EXPECT_EQ(missing.error().kind, ErrorKind::ReasonRequired);
        EXPECT_TRUE(Lifecycle::check(from, to, QStringLiteral("other")).ok());
    }
}

TEST(Lifecycle, RequiresReason_OnlyForExits)
{
    for (Stage stage : allStages) {
        const bool exit =
            stage == Stage::Rejected || stage == Stage::Disqualified || stage == Stage::Recycled;
        EXPECT_EQ(Lifecycle::requiresReason(stage), exit) << stageName(stage).toStdString();
    }
}

TEST(Lifecycle, StageNames_RoundTrip)
{
    for (Stage stage : allStages)
        EXPECT_EQ(stageFromName(stageName(stage)), stage);
    EXPECT_FALSE(stageFromName(u"won").has_value());
}
