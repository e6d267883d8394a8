#include "RoutingFixture.h"

namespace baton::cli::test {
namespace {

/// A hot lead handed over at 14:00 UTC is due at 14:15: warned from 14:10, breached from 14:15,
/// and taken back to the pool from 15:15 (the default escalation: 5 and 60 minutes).
class SlaCheckCommandTest : public RoutingFixture {
protected:
    CliOutput check(const char *at)
    {
        return ctl(QStringLiteral("sla-check --at %1").arg(QLatin1String(at)));
    }
};

TEST_F(SlaCheckCommandTest, SlaCheck_LaterTimes_WarnThenBreachThenReassignEachOnce)
{
    setUpRouting();
    const qint64 lead = handedOverLead();
    const auto firstOwner = ownerOf(lead);

    const CliOutput early = check("2026-03-10T14:05:00Z");
    ASSERT_EQ(early.exitCode, 0) << early.err.toStdString();
    EXPECT_EQ(early.out.trimmed(), QStringLiteral("No escalation step is due."));

    const CliOutput warned = check("2026-03-10T14:11:00Z");
    ASSERT_EQ(warned.exitCode, 0) << warned.err.toStdString();
    EXPECT_TRUE(warned.out.startsWith(QStringLiteral("2026-03-10T14:11:00Z  lead %1  warn ").arg(lead)))
        << warned.out.toStdString();
    EXPECT_TRUE(warned.out.contains(QStringLiteral("1 escalation step taken."))) << warned.out.toStdString();

    const CliOutput breached = check("2026-03-10T14:16:00Z");
    EXPECT_TRUE(breached.out.startsWith(QStringLiteral("2026-03-10T14:16:00Z  lead %1  breach ").arg(lead)))
        << breached.out.toStdString();
    EXPECT_TRUE(breached.out.contains(QStringLiteral("manager Sally Brooks (sally.manager)")))
        << breached.out.toStdString();
    EXPECT_FALSE(breached.out.contains(QStringLiteral(" warn "))) << breached.out.toStdString();

    const CliOutput reassigned = check("2026-03-10T15:16:00Z");
    EXPECT_TRUE(
        reassigned.out.startsWith(QStringLiteral("2026-03-10T15:16:00Z  lead %1  reassign ").arg(lead)))
        << reassigned.out.toStdString();
    EXPECT_TRUE(reassigned.out.contains(QStringLiteral("new owner "))) << reassigned.out.toStdString();
    EXPECT_NE(ownerOf(lead), firstOwner);

    const CliOutput again = check("2026-03-10T15:16:00Z");
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out.trimmed(), QStringLiteral("No escalation step is due."));

    const CliOutput explained = ctl(QStringLiteral("route explain %1").arg(lead));
    const qsizetype warn = explained.out.indexOf(QStringLiteral("  warn "));
    const qsizetype breach = explained.out.indexOf(QStringLiteral("  breach "));
    const qsizetype reassign = explained.out.indexOf(QStringLiteral("  reassign "), breach);
    EXPECT_TRUE(warn > 0 && warn < breach && breach < reassign) << explained.out.toStdString();
    EXPECT_TRUE(explained.out.contains(QStringLiteral("escalation to "))) << explained.out.toStdString();
}

TEST_F(SlaCheckCommandTest, SlaCheckJson_AfterTheDueTime_ListsTheBreachWithoutALateWarning)
{
    setUpRouting();
    const qint64 lead = handedOverLead();

    const CliOutput result = ctl(QStringLiteral("sla-check --at 2026-03-10T14:20:00Z --json"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject root = result.json().object();
    EXPECT_EQ(root.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-10T14:20:00Z"));
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("breach"));
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("leadId")).toInteger(), lead);
    EXPECT_EQ(steps[0]
                  .toObject()
                  .value(QStringLiteral("manager"))
                  .toObject()
                  .value(QStringLiteral("login"))
                  .toString(),
              QStringLiteral("sally.manager"));
    EXPECT_FALSE(steps[0].toObject().value(QStringLiteral("detail")).toString().isEmpty());
}

TEST_F(SlaCheckCommandTest, SlaCheck_WithoutAt_UsesNowFromTheClock)
{
    setUpRouting();
    handedOverLead();
    EXPECT_EQ(ctl(QStringLiteral("sla-check")).out.trimmed(), QStringLiteral("No escalation step is due."));
    ScopedEnvironment later("BATON_NOW", "2026-03-10T14:12:00Z");
    EXPECT_TRUE(ctl(QStringLiteral("sla-check")).out.contains(QStringLiteral(" warn ")));
}

TEST_F(SlaCheckCommandTest, SlaCheck_MalformedAt_UsageError)
{
    const CliOutput result = ctl(QStringLiteral("sla-check --at tomorrow"));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("tomorrow"))) << result.err.toStdString();
}

} // namespace
} // namespace baton::cli::test
