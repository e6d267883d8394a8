#include "LeadActionFixture.h"

namespace baton::cli::test {
namespace {

/// accept, reject, disqualify, recycle, handover and reasons on a small team file.
class LeadDecisionCommand : public LeadActionFixture {};

TEST_F(LeadDecisionCommand, Accept_MqlLead_MovesToSalAtBatonNowAndTakesOwnership)
{
    const CliOutput result = lead(
        {QStringLiteral("accept"), QString::number(mql), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("mql -> sal by sam.sdr"))) << result.out.toStdString();
    const Lead after = stored(mql);
    EXPECT_EQ(after.stage, Stage::Sal);
    EXPECT_EQ(after.ownerId, team.sdr);
    const QJsonArray history = card(mql).value(QStringLiteral("history")).toArray();
    EXPECT_EQ(history.last()[QStringLiteral("at")].toString(), QStringLiteral("2026-03-10T11:30:00Z"));
}

TEST_F(LeadDecisionCommand, Accept_UserGivenById_IsTheSameUser)
{
    const CliOutput result = lead({QStringLiteral("accept"), QString::number(mql), QStringLiteral("--as"),
                                   QString::number(team.otherSdr)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(stored(mql).ownerId, team.otherSdr);
}

TEST_F(LeadDecisionCommand, Accept_SalLead_IsRefusedAsATransitionAndChangesNothing)
{
    const CliOutput result = lead(
        {QStringLiteral("accept"), QString::number(sal), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("cannot move from sal to sal")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Lead %1 was not changed.").arg(sal)));
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_EQ(stored(sal).stage, Stage::Sal);
}

TEST_F(LeadDecisionCommand, Accept_UnknownLead_FailsWithExitOne)
{
    const CliOutput result = lead({QStringLiteral("accept"), QStringLiteral("424242"), QStringLiteral("--as"),
                                   QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("424242")));
}

TEST_F(LeadDecisionCommand, Accept_UnknownUser_FailsAndListsTheLogins)
{
    const CliOutput result =
        lead({QStringLiteral("accept"), QString::number(mql), QStringLiteral("--as"), QStringLiteral("bob")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--as bob"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("olive.sdr")));
    EXPECT_EQ(stored(mql).stage, Stage::Mql);
}

TEST_F(LeadDecisionCommand, Accept_WithoutAs_IsAUsageError)
{
    const CliOutput result = lead({QStringLiteral("accept"), QString::number(mql)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--as USER")));
}

TEST_F(LeadDecisionCommand, Reject_WithReasonAndNote_StoresBoth)
{
    const CliOutput result = lead({QStringLiteral("reject"), QString::number(mql), QStringLiteral("--reason"),
                                   QStringLiteral("no_authority"), QStringLiteral("--note"),
                                   QStringLiteral("Intern, forwards to the CMO"), QStringLiteral("--as"),
                                   QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("mql -> rejected"))) << result.out.toStdString();
    const QJsonObject last = card(mql).value(QStringLiteral("history")).toArray().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("to")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(last.value(QStringLiteral("reason")).toString(), QStringLiteral("no_authority"));
    EXPECT_EQ(last.value(QStringLiteral("note")).toString(), QStringLiteral("Intern, forwards to the CMO"));
}

TEST_F(LeadDecisionCommand, Reject_WithoutReason_IsAUsageErrorListingTheCodes)
{
    const CliOutput result = lead(
        {QStringLiteral("reject"), QString::number(mql), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--reason"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("no_authority")));
    EXPECT_EQ(stored(mql).stage, Stage::Mql);
}

TEST_F(LeadDecisionCommand, Reject_UnknownReason_FailsAndListsTheValidCodes)
{
    const CliOutput result =
        lead({QStringLiteral("reject"), QString::number(mql), QStringLiteral("--reason"),
              QStringLiteral("too_busy"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("too_busy"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("not_icp_fit")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("no_authority")));
    EXPECT_EQ(stored(mql).stage, Stage::Mql);
}

TEST_F(LeadDecisionCommand, Reject_ReasonThatNeedsANoteWithoutOne_Fails)
{
    const CliOutput result =
        lead({QStringLiteral("reject"), QString::number(mql), QStringLiteral("--reason"),
              QStringLiteral("other"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("note"))) << result.err.toStdString();
    EXPECT_EQ(stored(mql).stage, Stage::Mql);
}

TEST_F(LeadDecisionCommand, Reject_SalLead_IsRefusedAsATransition)
{
    const CliOutput result =
        lead({QStringLiteral("reject"), QString::number(sal), QStringLiteral("--reason"),
              QStringLiteral("no_authority"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("sal"))) << result.err.toStdString();
}

TEST_F(LeadDecisionCommand, Disqualify_SalLeadWithReason_MovesToDisqualified)
{
    const CliOutput result =
        lead({QStringLiteral("disqualify"), QString::number(sal), QStringLiteral("--reason"),
              QStringLiteral("no_budget"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(stored(sal).stage, Stage::Disqualified);
}

TEST_F(LeadDecisionCommand, Recycle_WithRevisitDate_StoresTheDate)
{
    const CliOutput result =
        lead({QStringLiteral("recycle"), QString::number(mql), QStringLiteral("--reason"),
              QStringLiteral("bad_timing"), QStringLiteral("--revisit"), QStringLiteral("2026-07-01"),
              QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const Lead after = stored(mql);
    EXPECT_EQ(after.stage, Stage::Recycled);
    EXPECT_EQ(after.revisitOn, QDate(2026, 7, 1));
}

TEST_F(LeadDecisionCommand, Recycle_BadDate_IsAUsageError)
{
    const CliOutput result =
        lead({QStringLiteral("recycle"), QString::number(mql), QStringLiteral("--reason"),
              QStringLiteral("bad_timing"), QStringLiteral("--revisit"), QStringLiteral("July"),
              QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_F(LeadDecisionCommand, HandOver_NurtureLeadToOwner_BecomesTheirMql)
{
    const CliOutput result = lead({QStringLiteral("handover"), QString::number(nurture),
                                   QStringLiteral("--to"), QStringLiteral("olive.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const Lead after = stored(nurture);
    EXPECT_EQ(after.stage, Stage::Mql);
    EXPECT_EQ(after.ownerId, team.otherSdr);
}

TEST_F(LeadDecisionCommand, Reasons_ForRejected_ListsTheTaxonomyAsJson)
{
    const CliOutput result = lead({QStringLiteral("reasons"), QStringLiteral("--stage"),
                                   QStringLiteral("rejected"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray reasons = result.json().array();
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_EQ(reasons.at(0)[QStringLiteral("stage")].toString(), QStringLiteral("rejected"));
    bool otherNeedsNote = false;
    for (const QJsonValue reason : reasons) {
        if (reason[QStringLiteral("code")].toString() == QLatin1String("other"))
            otherNeedsNote = reason[QStringLiteral("noteRequired")].toBool();
    }
    EXPECT_TRUE(otherNeedsNote);
}

} // namespace
} // namespace baton::cli::test
