#include "RoutingFixture.h"

namespace baton::cli::test {
namespace {

class TeamCommandTest : public RoutingFixture {
protected:
    CliOutput set(const QString &line, const QStringList &more = {})
    {
        return ctl(QStringLiteral("team set ") + line, more);
    }
};

TEST_F(TeamCommandTest, TeamShow_NothingStored_SaysSoAndListsNoPools)
{
    const CliOutput result = ctl(QStringLiteral("team show"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("No routing configuration is stored yet")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Pools: none")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Fallback pool: none")));
}

TEST_F(TeamCommandTest, TeamSet_TeamPoolAndFallback_StoredAndShown)
{
    setUpRouting();
    const CliOutput changed =
        set(QStringLiteral("--holiday 2026-12-25 --holiday 2026-12-26 --warn-before 10 "
                           "--reassign-after 30 --reassign-pool Sales --as sally.manager"),
            {QStringLiteral("--team"), QStringLiteral("North America"), QStringLiteral("--hours"),
             QStringLiteral("mon-fri 08:00-16:00")});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains(QStringLiteral("hours: mon-fri 09:00-17:00 -> mon-fri 08:00-16:00")))
        << changed.out.toStdString();
    EXPECT_TRUE(changed.out.contains(QStringLiteral("Stored routing configuration version 2")))
        << changed.out.toStdString();

    const CliOutput shown = ctl(QStringLiteral("team show"));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const std::string text = shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Routing configuration version 2"))) << text;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Time zone:   America/New_York"))) << text;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Hours:       mon-fri 08:00-16:00"))) << text;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Holidays:    2026-12-25, 2026-12-26"))) << text;
    EXPECT_TRUE(
        shown.out.contains(QStringLiteral("warn 10 min before the due time; reassign 30 min after it, "
                                          "to pool “Sales”")))
        << text;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("sam.sdr    Sam Rivera"))) << text;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Fallback pool: “Sales”"))) << text;

    const CliOutput removed = set(QStringLiteral("--no-holiday 2026-12-26 --as sally.manager"),
                                  {QStringLiteral("--team"), QStringLiteral("North America")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(ctl(QStringLiteral("team show")).out.contains(QStringLiteral("Holidays:    2026-12-25\n")));
}

TEST_F(TeamCommandTest, TeamSet_MemberWeightAndCaps_ChangedAndClearedWithNone)
{
    setUpRouting();
    ASSERT_EQ(set(QStringLiteral("--pool Sales --member sam.sdr --weight 3 --daily-cap 20 --open-cap 40 "
                                 "--as sally.manager"))
                  .exitCode,
              0);
    const CliOutput cleared =
        set(QStringLiteral("--pool Sales --member sam.sdr --daily-cap none --as sally.manager"));
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();
    EXPECT_TRUE(cleared.out.contains(QStringLiteral("daily cap: 20 -> none"))) << cleared.out.toStdString();

    const QJsonObject root = ctl(QStringLiteral("team show --json")).json().object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 3);
    const QJsonArray pools = root.value(QStringLiteral("pools")).toArray();
    ASSERT_EQ(pools.size(), 1);
    const QJsonObject sam = pools[0].toObject().value(QStringLiteral("members")).toArray()[0].toObject();
    EXPECT_EQ(sam.value(QStringLiteral("login")).toString(), QStringLiteral("sam.sdr"));
    EXPECT_EQ(sam.value(QStringLiteral("name")).toString(), QStringLiteral("Sam Rivera"));
    EXPECT_EQ(sam.value(QStringLiteral("weight")).toInt(), 3);
    EXPECT_TRUE(sam.value(QStringLiteral("dailyCap")).isNull());
    EXPECT_EQ(sam.value(QStringLiteral("openCap")).toInt(), 40);
    EXPECT_EQ(sam.value(QStringLiteral("openLeads")).toInt(), 0);
    for (const char *key : {"teams", "people", "rules", "fallbackPool", "accounts"})
        EXPECT_TRUE(root.contains(QLatin1String(key))) << key;
    EXPECT_EQ(
        root.value(QStringLiteral("teams")).toArray()[0].toObject().value(QStringLiteral("hours")).toString(),
        QStringLiteral("mon-fri 09:00-17:00"));
}

TEST_F(TeamCommandTest, TeamSet_PersonAwayAndBack_ShownThenCleared)
{
    ASSERT_EQ(set(QStringLiteral("--person olive.sdr --time-zone Europe/London --away 2026-03-09..2026-03-13 "
                                 "--as ada.admin"))
                  .exitCode,
              0);
    const CliOutput shown = ctl(QStringLiteral("team show"));
    EXPECT_TRUE(shown.out.contains(
        QStringLiteral("olive.sdr  Olive Chen  Europe/London  team's  2026-03-09..2026-03-13")))
        << shown.out.toStdString();

    const CliOutput back = set(QStringLiteral("--person olive.sdr --back --as ada.admin"));
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_TRUE(back.out.contains(QStringLiteral("olive.sdr is back"))) << back.out.toStdString();
    const CliOutput nothing = set(QStringLiteral("--person olive.sdr --back --as ada.admin"));
    EXPECT_EQ(nothing.exitCode, 0);
    EXPECT_TRUE(nothing.out.contains(QStringLiteral("Nothing changed"))) << nothing.out.toStdString();
}

TEST_F(TeamCommandTest, TeamSet_MalformedValues_UsageErrorNamingTheOption)
{
    const std::vector<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--team"), QStringLiteral("EMEA"), QStringLiteral("--hours"),
          QStringLiteral("weekdays 9-5")},
         QStringLiteral("--hours")},
        {{QStringLiteral("--team"), QStringLiteral("EMEA"), QStringLiteral("--time-zone"),
          QStringLiteral("Mars/Olympus")},
         QStringLiteral("--time-zone")},
        {{QStringLiteral("--team"), QStringLiteral("EMEA"), QStringLiteral("--holiday"),
          QStringLiteral("25.12.2026")},
         QStringLiteral("--holiday")},
        {{QStringLiteral("--team"), QStringLiteral("EMEA"), QStringLiteral("--warn-before"),
          QStringLiteral("-1")},
         QStringLiteral("--warn-before")},
        {{QStringLiteral("--pool"), QStringLiteral("Sales"), QStringLiteral("--member"),
          QStringLiteral("sam.sdr"), QStringLiteral("--weight"), QStringLiteral("0")},
         QStringLiteral("--weight")},
        {{QStringLiteral("--pool"), QStringLiteral("Sales"), QStringLiteral("--member"),
          QStringLiteral("sam.sdr"), QStringLiteral("--daily-cap"), QStringLiteral("lots")},
         QStringLiteral("--daily-cap")},
        {{QStringLiteral("--person"), QStringLiteral("sam.sdr"), QStringLiteral("--away"),
          QStringLiteral("2026-03-13..2026-03-09")},
         QStringLiteral("--away")},
        {{QStringLiteral("--member"), QStringLiteral("sam.sdr")}, QStringLiteral("--pool")},
        {{QStringLiteral("--time-zone"), QStringLiteral("UTC")}, QStringLiteral("--time-zone")},
    };
    for (const auto &[args, option] : cases) {
        const CliOutput result = set(QStringLiteral("--as sally.manager"), args);
        EXPECT_EQ(result.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(option)) << result.err.toStdString();
    }
    EXPECT_EQ(
        ctl(QStringLiteral("team show --json")).json().object().value(QStringLiteral("version")).toInt(), 0);
}

TEST_F(TeamCommandTest, TeamSet_RefusedBySaveChecks_ExitOneAndNothingStored)
{
    setUpRouting();
    const CliOutput sdr = set(QStringLiteral("--pool Sales --member sam.sdr --weight 5 --as sam.sdr"));
    EXPECT_EQ(sdr.exitCode, 1);
    EXPECT_TRUE(sdr.err.contains(QStringLiteral("only a sales manager or an admin")))
        << sdr.err.toStdString();

    const CliOutput unknown = set(QStringLiteral("--pool Sales --member nobody.here --as sally.manager"));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("pools (“Sales”): there is no user nobody.here")))
        << unknown.err.toStdString();

    const CliOutput noPool = set(QStringLiteral("--fallback-pool Nowhere --as sally.manager"));
    EXPECT_EQ(noPool.exitCode, 1);
    EXPECT_TRUE(noPool.err.contains(QStringLiteral("there is no pool “Nowhere”")))
        << noPool.err.toStdString();

    const CliOutput noTeam = set(QStringLiteral("--team Atlantis --as sally.manager"));
    EXPECT_EQ(noTeam.exitCode, 1);
    EXPECT_TRUE(noTeam.err.contains(QStringLiteral("nobody is in that team"))) << noTeam.err.toStdString();

    EXPECT_EQ(set(QStringLiteral("--pool Sales --remove-member ada.admin --as sally.manager")).exitCode, 1);
    EXPECT_EQ(
        ctl(QStringLiteral("team show --json")).json().object().value(QStringLiteral("version")).toInt(), 1);
}

TEST_F(TeamCommandTest, TeamSet_RemoveMemberAndDeletePool_Applied)
{
    setUpRouting();
    const CliOutput removed =
        set(QStringLiteral("--pool Sales --remove-member olive.sdr --as sally.manager"));
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("Pool “Sales”: removed olive.sdr")))
        << removed.out.toStdString();

    // The fallback pool still names it: deleting it alone is refused; with a new fallback it goes.
    EXPECT_EQ(set(QStringLiteral("--pool Sales --delete-pool --as sally.manager")).exitCode, 1);
    const CliOutput deleted = set(QStringLiteral("--pool Sales --delete-pool --as sally.manager"),
                                  {QStringLiteral("--fallback-pool"), QString()});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_TRUE(ctl(QStringLiteral("team show")).out.contains(QStringLiteral("Pools: none")));
}

} // namespace
} // namespace baton::cli::test
