#include "RoutingFixture.h"

namespace baton::cli::test {
namespace {

class RoutingCommandTest : public RoutingFixture {};

TEST_F(RoutingCommandTest, RouteExplain_HandedOverLead_ShowsTheDecisionAndTheHotClock)
{
    setUpRouting();
    const qint64 lead = handedOverLead();
    ASSERT_TRUE(ownerOf(lead).has_value());

    const CliOutput result = ctl(QStringLiteral("route explain %1").arg(lead));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const std::string text = result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("2026-03-10T14:00:00Z  route to "))) << text;
    EXPECT_TRUE(result.out.contains(QStringLiteral("Rule: the fallback pool"))) << text;
    EXPECT_TRUE(result.out.contains(QStringLiteral("Sales"))) << text;
    EXPECT_TRUE(result.out.contains(QStringLiteral("Tier:            hot, 15 business minutes"))) << text;
    EXPECT_TRUE(result.out.contains(QStringLiteral("Due:             2026-03-10T14:15:00Z (in 15 min)")))
        << text;
    EXPECT_TRUE(result.out.contains(QStringLiteral("State now:       On track"))) << text;
    EXPECT_TRUE(result.out.contains(QStringLiteral("Escalation steps: none"))) << text;
}

TEST_F(RoutingCommandTest, RouteExplainJson_HandedOverLead_HasDecisionsClockAndEscalation)
{
    setUpRouting();
    const qint64 lead = handedOverLead();

    const CliOutput result = ctl(QStringLiteral("route explain %1 --json").arg(lead));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject root = result.json().object();
    EXPECT_EQ(root.value(QStringLiteral("leadId")).toInteger(), lead);
    const QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
    ASSERT_EQ(decisions.size(), 1);
    const QJsonObject decision = decisions.first().toObject();
    EXPECT_EQ(decision.value(QStringLiteral("kind")).toString(), QStringLiteral("route"));
    EXPECT_EQ(decision.value(QStringLiteral("rule")).toString(), QStringLiteral("fallback"));
    EXPECT_EQ(decision.value(QStringLiteral("assignee")).toObject().value(QStringLiteral("id")).toInteger(),
              *ownerOf(lead));
    EXPECT_FALSE(decision.value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonObject clock = root.value(QStringLiteral("clock")).toObject();
    EXPECT_EQ(clock.value(QStringLiteral("tier")).toString(), QStringLiteral("hot"));
    EXPECT_EQ(clock.value(QStringLiteral("dueAt")).toString(), QStringLiteral("2026-03-10T14:15:00Z"));
    EXPECT_EQ(clock.value(QStringLiteral("state")).toString(), QStringLiteral("on_track"));
    EXPECT_EQ(clock.value(QStringLiteral("routingDelaySeconds")).toInteger(), 0);
    EXPECT_TRUE(root.value(QStringLiteral("escalation")).toArray().isEmpty());
}

TEST_F(RoutingCommandTest, RouteExplain_UnknownLead_FailsWithExitOne)
{
    const CliOutput result = ctl(QStringLiteral("route explain 999"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("999"))) << result.err.toStdString();
    EXPECT_EQ(ctl(QStringLiteral("route explain abc")).exitCode, 2);
}

TEST_F(RoutingCommandTest, Route_EveryoneAwayThenBack_LeadWaitsThenIsRouted)
{
    setUpRouting();
    for (const char *login : {"sam.sdr", "olive.sdr"}) {
        ASSERT_EQ(ctl(QStringLiteral("team set --person %1 --away 2026-03-09..2026-03-13 --as sally.manager")
                          .arg(QLatin1String(login)))
                      .exitCode,
                  0);
    }
    const qint64 lead = handedOverLead();
    EXPECT_FALSE(ownerOf(lead).has_value());

    const CliOutput waiting = ctl(QStringLiteral("route"));
    ASSERT_EQ(waiting.exitCode, 0) << waiting.err.toStdString();
    EXPECT_TRUE(waiting.out.contains(QStringLiteral("Lead %1: still unassigned").arg(lead)))
        << waiting.out.toStdString();
    EXPECT_FALSE(ownerOf(lead).has_value());

    ASSERT_EQ(ctl(QStringLiteral("team set --person sam.sdr --back --as sally.manager")).exitCode, 0);
    const CliOutput routed = ctl(QStringLiteral("route --pending"));
    ASSERT_EQ(routed.exitCode, 0) << routed.err.toStdString();
    EXPECT_TRUE(routed.out.contains(
        QStringLiteral("Lead %1: to Sam Rivera (sam.sdr); rule: the fallback pool").arg(lead)))
        << routed.out.toStdString();
    EXPECT_EQ(ownerOf(lead), team.sdr);

    const CliOutput none = ctl(QStringLiteral("route"));
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_EQ(none.out.trimmed(), QStringLiteral("No lead waits for an owner."));
}

TEST_F(RoutingCommandTest, RouteJson_LeadWaiting_ListsTheDecision)
{
    setUpRouting();
    ASSERT_EQ(
        ctl(QStringLiteral("team set --person olive.sdr --away 2026-03-10 --as sally.manager")).exitCode, 0);
    ASSERT_EQ(ctl(QStringLiteral("team set --person sam.sdr --away 2026-03-10 --as sally.manager")).exitCode,
              0);
    const qint64 lead = handedOverLead();
    ASSERT_EQ(ctl(QStringLiteral("team set --person olive.sdr --back --as sally.manager")).exitCode, 0);

    const CliOutput result = ctl(QStringLiteral("route --limit 5 --json"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject root = result.json().object();
    const QJsonArray routed = root.value(QStringLiteral("routed")).toArray();
    ASSERT_EQ(routed.size(), 1);
    const QJsonObject first = routed.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("leadId")).toInteger(), lead);
    EXPECT_EQ(first.value(QStringLiteral("assignee")).toObject().value(QStringLiteral("login")).toString(),
              QStringLiteral("olive.sdr"));
    EXPECT_EQ(first.value(QStringLiteral("rule")).toString(), QStringLiteral("fallback"));
    EXPECT_EQ(root.value(QStringLiteral("assigned")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("unassigned")).toInt(), 0);
    EXPECT_EQ(ctl(QStringLiteral("route --limit 0")).exitCode, 2);
}

TEST_F(RoutingCommandTest, LeadReassign_BySdr_RefusedAndOwnerUnchanged)
{
    setUpRouting();
    const qint64 lead = handedOverLead();
    const auto before = ownerOf(lead);

    const CliOutput result = ctl(QStringLiteral("lead reassign %1 --to olive.sdr --as sam.sdr").arg(lead));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("only a sales manager or an admin")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("was not changed"))) << result.err.toStdString();
    EXPECT_EQ(ownerOf(lead), before);
}

TEST_F(RoutingCommandTest, LeadReassign_ByManager_MovesTheLeadAndExplainShowsIt)
{
    setUpRouting();
    const qint64 lead = handedOverLead();
    const bool samHasIt = ownerOf(lead) == team.sdr;
    const QString to = samHasIt ? QStringLiteral("olive.sdr") : QStringLiteral("sam.sdr");

    const CliOutput result =
        ctl(QStringLiteral("lead reassign %1 --to %2 --as sally.manager").arg(lead).arg(to));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("(%1) by sally.manager").arg(to)))
        << result.out.toStdString();
    EXPECT_EQ(ownerOf(lead), samHasIt ? team.otherSdr : team.sdr);

    const CliOutput explained = ctl(QStringLiteral("route explain %1").arg(lead));
    EXPECT_TRUE(explained.out.contains(QStringLiteral("reassign to"))) << explained.out.toStdString();
    EXPECT_TRUE(explained.out.contains(QStringLiteral("Decided by: Sally Brooks (sally.manager)")))
        << explained.out.toStdString();
    EXPECT_EQ(ctl(QStringLiteral("lead reassign %1 --as sally.manager").arg(lead)).exitCode, 2);
}

TEST_F(RoutingCommandTest, LeadReroute_ByManager_GoesToSomeoneElseWithTheReason)
{
    setUpRouting();
    const qint64 lead = handedOverLead();
    const auto before = ownerOf(lead);

    const CliOutput result = ctl(QStringLiteral("lead reroute %1 --as sally.manager").arg(lead));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("re-routed to"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("rule: the fallback pool. No rule took it")))
        << result.out.toStdString();
    EXPECT_NE(ownerOf(lead), before);
    EXPECT_EQ(ctl(QStringLiteral("lead reroute %1 --as olive.sdr").arg(lead)).exitCode, 1);
}

} // namespace
} // namespace baton::cli::test
