#include "routing/Router.h"

#include <gtest/gtest.h>

#include <map>

namespace baton {
namespace {

User user(qint64 id, const char *login, const char *name, const char *team = "EMEA")
{
    return User{id, QString::fromLatin1(login), QString::fromLatin1(name), Role::Sdr,
                QString::fromLatin1(team)};
}

/// Wednesday 4 March 2026, 10:00 in London: everyone in EMEA is in hours.
const QDateTime wednesday(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc());

class RouterTest : public ::testing::Test {
protected:
    RouterTest()
    {
        users = {user(1, "ann", "Ann Archer"), user(2, "ben", "Ben Brook"), user(3, "cat", "Cat Chen"),
                 user(4, "dan", "Dan Diaz", "North America")};
        TeamSettings emea;
        emea.team = QStringLiteral("EMEA");
        emea.timeZone = QStringLiteral("Europe/London");
        TeamSettings na;
        na.team = QStringLiteral("North America");
        na.timeZone = QStringLiteral("America/New_York");
        config.teams = {emea, na};
        config.pools = {
            RoutingPool{QStringLiteral("EMEA SDRs"),
                        {PoolMember{QStringLiteral("ann"), 1, {}, {}},
                         PoolMember{QStringLiteral("ben"), 2, {}, {}},
                         PoolMember{QStringLiteral("cat"), 3, {}, {}}}},
            RoutingPool{QStringLiteral("Everyone"), {PoolMember{QStringLiteral("dan"), 1, {}, {}}}}};
        config.fallbackPool = QStringLiteral("Everyone");
        RoutingRule accounts;
        accounts.name = QStringLiteral("Key accounts");
        accounts.action = RoutingAction{RoutingAction::Kind::AccountOwner, {}};
        RoutingRule emeaRule;
        emeaRule.name = QStringLiteral("EMEA");
        emeaRule.when.regions = {QStringLiteral("EMEA")};
        emeaRule.action = RoutingAction{RoutingAction::Kind::Pool, QStringLiteral("EMEA SDRs")};
        config.rules = {accounts, emeaRule};
    }

    RoutingLead emeaLead() const
    {
        RoutingLead lead;
        lead.lead.company.region = QStringLiteral("EMEA");
        lead.lead.company.country = QStringLiteral("DE");
        lead.lead.company.domain = QStringLiteral("acme.test");
        lead.lead.company.employees = 1500;
        return lead;
    }

    std::vector<User> users;
    RoutingConfig config;
    RoutingState state;
};

TEST_F(RouterTest, Decide_PoolOver10000Leads_SharesFollowTheWeightsWithinOnePercent)
{
    const Router router(config, users);
    std::map<qint64, int> counts;
    for (int i = 0; i < 10'000; ++i)
        ++counts[*router.decide(emeaLead(), state, wednesday).assigneeId];
    // Weights 1 : 2 : 3 of 10,000.
    EXPECT_NEAR(counts[1], 10'000.0 / 6, 100);
    EXPECT_NEAR(counts[2], 20'000.0 / 6, 100);
    EXPECT_NEAR(counts[3], 30'000.0 / 6, 100);
    EXPECT_EQ(counts[1] + counts[2] + counts[3], 10'000);
}

TEST_F(RouterTest, Decide_SmoothRoundRobin_SpreadsTurnsRatherThanRuns)
{
    const Router router(config, users);
    std::vector<qint64> order;
    for (int i = 0; i < 6; ++i)
        order.push_back(*router.decide(emeaLead(), state, wednesday).assigneeId);
    // Smooth weighted round robin with 1 : 2 : 3 gives C B A C B C, never C C C.
    EXPECT_EQ(order, (std::vector<qint64>{3, 2, 1, 3, 2, 3}));
}

TEST_F(RouterTest, Decide_DailyCapReached_SkipsThatPersonUntilTheirNextDay)
{
    config.pools[0].members[2].dailyCap = 2;
    const Router router(config, users);
    int toCat = 0;
    for (int i = 0; i < 30; ++i)
        toCat += router.decide(emeaLead(), state, wednesday).assigneeId == 3 ? 1 : 0;
    EXPECT_EQ(toCat, 2);
    const RoutingDecision capped = router.decide(emeaLead(), state, wednesday);
    EXPECT_TRUE(capped.reason.contains(QStringLiteral("Cat Chen: at capacity (2 of 2 new leads today)")))
        << capped.reason.toStdString();
    // Thursday is a new day for Cat.
    int thursday = 0;
    for (int i = 0; i < 6; ++i)
        thursday += router.decide(emeaLead(), state, wednesday.addDays(1)).assigneeId == 3 ? 1 : 0;
    EXPECT_EQ(thursday, 2);
}

TEST_F(RouterTest, Decide_OpenCapReached_SkipsThatPerson)
{
    config.pools[0].members[1].openCap = 5;
    state.openLeads[2] = 5;
    const Router router(config, users);
    for (int i = 0; i < 20; ++i)
        EXPECT_NE(router.decide(emeaLead(), state, wednesday).assigneeId, 2);
}

TEST_F(RouterTest, Decide_PersonOutOfOffice_SkippedWithTheDateTheyReturn)
{
    config.people = {
        PersonAvailability{QStringLiteral("cat"), {}, {}, {Absence{QDate(2026, 3, 2), QDate(2026, 3, 6)}}}};
    const Router router(config, users);
    for (int i = 0; i < 12; ++i) {
        const RoutingDecision decision = router.decide(emeaLead(), state, wednesday);
        EXPECT_NE(decision.assigneeId, 3);
        EXPECT_TRUE(decision.reason.contains(QStringLiteral("Cat Chen: out of office until 6 Mar 2026")))
            << decision.reason.toStdString();
    }
}

TEST_F(RouterTest, Decide_AccountHasAnOwner_OwnerWinsOverThePool)
{
    const Router router(config, users);
    RoutingLead lead = emeaLead();
    lead.accountOwnerId = 4;
    const RoutingDecision decision = router.decide(lead, state, wednesday);
    EXPECT_EQ(decision.assigneeId, 4);
    EXPECT_EQ(decision.ruleName, QStringLiteral("Key accounts"));
    EXPECT_EQ(decision.rulePosition, 1);
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("acme.test is Dan Diaz's account")))
        << decision.reason.toStdString();
}

TEST_F(RouterTest, Decide_AccountOwnerAway_TheNextRuleDecidesAndSaysWhy)
{
    config.people = {
        PersonAvailability{QStringLiteral("dan"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 31)}}}};
    const Router router(config, users);
    RoutingLead lead = emeaLead();
    lead.accountOwnerId = 4;
    const RoutingDecision decision = router.decide(lead, state, wednesday);
    EXPECT_EQ(decision.ruleName, QStringLiteral("EMEA"));
    EXPECT_TRUE(
        decision.reason.contains(QStringLiteral("Passed over: Rule 1 “Key accounts”: account owner Dan Diaz: "
                                                "out of office until 31 Mar 2026")))
        << decision.reason.toStdString();
}

TEST_F(RouterTest, Decide_RuleMatches_ReasonNamesTheRuleTheFieldsAndWhoWasNext)
{
    const Router router(config, users);
    const RoutingDecision decision = router.decide(emeaLead(), state, wednesday);
    EXPECT_EQ(decision.reason,
              QStringLiteral("Rule 2 “EMEA” matched region EMEA: pool “EMEA SDRs”, round robin by "
                             "weight: Cat Chen was next in turn."));
}

TEST_F(RouterTest, Decide_NoRuleMatches_FallbackPoolCatchesIt)
{
    const Router router(config, users);
    RoutingLead lead = emeaLead();
    lead.lead.company.region = QStringLiteral("APAC");
    const RoutingDecision decision = router.decide(lead, state, wednesday);
    EXPECT_EQ(decision.assigneeId, 4);
    EXPECT_EQ(decision.ruleName, QStringLiteral("fallback"));
}

TEST_F(RouterTest, Decide_NobodyCanTakeIt_WaitsUnassignedWithTheReason)
{
    config.people = {
        PersonAvailability{QStringLiteral("dan"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 31)}}}};
    const Router router(config, users);
    RoutingLead lead = emeaLead();
    lead.lead.company.region = QStringLiteral("APAC");
    const RoutingDecision decision = router.decide(lead, state, wednesday);
    EXPECT_FALSE(decision.assigneeId.has_value());
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("waits unassigned")))
        << decision.reason.toStdString();
}

TEST_F(RouterTest, Decide_SomeOutsideHours_PrefersThoseInHoursAndSaysWhoWasNot)
{
    // Ann works from New York: at 10:00 London time she has not started.
    config.people = {PersonAvailability{QStringLiteral("ann"), QStringLiteral("America/New_York"), {}, {}}};
    const Router router(config, users);
    for (int i = 0; i < 12; ++i) {
        const RoutingDecision decision = router.decide(emeaLead(), state, wednesday);
        EXPECT_NE(decision.assigneeId, 1);
        EXPECT_TRUE(decision.reason.contains(QStringLiteral("Ann Archer: outside working hours")));
    }
}

TEST_F(RouterTest, Decide_NobodyInHours_StillAssignsForTheMorning)
{
    const Router router(config, users);
    const QDateTime night(QDate(2026, 3, 4), QTime(23, 0), QTimeZone::utc());
    const RoutingDecision decision = router.decide(emeaLead(), state, night);
    ASSERT_TRUE(decision.assigneeId.has_value());
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("nobody in the pool is in working hours now")));
}

TEST_F(RouterTest, Decide_TakenAwayFromItsOwner_GoesToSomeoneElse)
{
    const Router router(config, users);
    RoutingLead lead = emeaLead();
    lead.excludeUserId = 3;
    for (int i = 0; i < 10; ++i)
        EXPECT_NE(router.decide(lead, state, wednesday).assigneeId, 3);
}

TEST_F(RouterTest, Decide_ConditionsOnSizeSegmentCampaignTierAndScore_AllMustHold)
{
    RoutingRule hot;
    hot.name = QStringLiteral("Hot enterprise");
    hot.when.sizeBands = {QStringLiteral("enterprise")};
    hot.when.segments = {QStringLiteral("mid_market")};
    hot.when.campaigns = {QStringLiteral("Spring webinar")};
    hot.when.tiers = {QStringLiteral("hot")};
    hot.when.minScore = 80;
    hot.action = RoutingAction{RoutingAction::Kind::Person, QStringLiteral("ann")};
    config.rules.insert(config.rules.begin() + 1, hot);
    const Router router(config, users);
    RoutingLead lead = emeaLead();
    lead.lead.company.annualRevenue = 50'000'000;
    lead.campaign = QStringLiteral("Spring webinar");
    lead.tier = QStringLiteral("hot");
    lead.totalScore = 85;
    RoutingDecision decision = router.decide(lead, state, wednesday);
    EXPECT_EQ(decision.assigneeId, 1);
    EXPECT_EQ(decision.reason,
              QStringLiteral("Rule 2 “Hot enterprise” matched size band enterprise, segment "
                             "mid_market, campaign Spring webinar, SLA tier hot, score 85: to Ann Archer."));
    lead.totalScore = 79;
    decision = router.decide(lead, state, wednesday);
    EXPECT_EQ(decision.ruleName, QStringLiteral("EMEA"));
}

TEST(RoutingConditionTest, Bands_FromEmployeesAndRevenue)
{
    EXPECT_EQ(RoutingCondition::sizeBandOf(12), QStringLiteral("small"));
    EXPECT_EQ(RoutingCondition::sizeBandOf(50), QStringLiteral("medium"));
    EXPECT_EQ(RoutingCondition::sizeBandOf(999), QStringLiteral("large"));
    EXPECT_EQ(RoutingCondition::sizeBandOf(1000), QStringLiteral("enterprise"));
    EXPECT_EQ(RoutingCondition::sizeBandOf(0), QString());
    EXPECT_EQ(RoutingCondition::segmentOf(9'999'999), QStringLiteral("smb"));
    EXPECT_EQ(RoutingCondition::segmentOf(10'000'000), QStringLiteral("mid_market"));
    EXPECT_EQ(RoutingCondition::segmentOf(1'000'000'000), QStringLiteral("enterprise"));
}

} // namespace
} // namespace baton
