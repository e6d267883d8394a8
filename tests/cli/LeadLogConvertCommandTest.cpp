#include "LeadActionFixture.h"

namespace baton::cli::test {
namespace {

/// log and convert on a small team file.
class LeadLogConvertCommand : public LeadActionFixture {};

TEST_F(LeadLogConvertCommand, Log_CallWithOutcome_RecordsTheActivity)
{
    const CliOutput result =
        lead({QStringLiteral("log"), QString::number(sal), QStringLiteral("--type"), QStringLiteral("call"),
              QStringLiteral("--outcome"), QStringLiteral("no_answer"), QStringLiteral("--note"),
              QStringLiteral("Try after 3pm"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Logged call (no_answer)"))) << result.out.toStdString();
    const QJsonArray activities = card(sal).value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(activities.size(), 1);
    EXPECT_EQ(activities.at(0)[QStringLiteral("type")].toString(), QStringLiteral("call"));
    EXPECT_EQ(activities.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("no_answer"));
    EXPECT_EQ(activities.at(0)[QStringLiteral("note")].toString(), QStringLiteral("Try after 3pm"));
    EXPECT_EQ(activities.at(0)[QStringLiteral("at")].toString(), QStringLiteral("2026-03-10T11:30:00Z"));
    EXPECT_EQ(stored(sal).stage, Stage::Sal);
}

TEST_F(LeadLogConvertCommand, Log_NoteType_NeedsNoOutcome)
{
    const CliOutput result =
        lead({QStringLiteral("log"), QString::number(sal), QStringLiteral("--type"), QStringLiteral("note"),
              QStringLiteral("--note"), QStringLiteral("Met at expo"), QStringLiteral("--as"),
              QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
}

TEST_F(LeadLogConvertCommand, Log_UnknownType_IsAUsageErrorListingTheTypes)
{
    const CliOutput result = lead({QStringLiteral("log"), QString::number(sal), QStringLiteral("--type"),
                                   QStringLiteral("fax"), QStringLiteral("--outcome"), QStringLiteral("sent"),
                                   QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("call, email, meeting, linkedin, note")))
        << result.err.toStdString();
}

TEST_F(LeadLogConvertCommand, Log_OutcomeOfAnotherType_IsAUsageErrorListingTheOutcomes)
{
    const CliOutput result =
        lead({QStringLiteral("log"), QString::number(sal), QStringLiteral("--type"), QStringLiteral("call"),
              QStringLiteral("--outcome"), QStringLiteral("replied"), QStringLiteral("--as"),
              QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("connected, voicemail, no_answer, wrong_number")))
        << result.err.toStdString();
}

TEST_F(LeadLogConvertCommand, Convert_ValueWithCents_StoresMinorUnits)
{
    const CliOutput result =
        lead({QStringLiteral("convert"), QString::number(sal), QStringLiteral("--value"),
              QStringLiteral("12500.50"), QStringLiteral("--note"), QStringLiteral("Pilot"),
              QStringLiteral("--answer"), QStringLiteral("budget=yes"), QStringLiteral("--answer"),
              QStringLiteral("authority=yes:CFO signs"), QStringLiteral("--answer"),
              QStringLiteral("need=yes"), QStringLiteral("--answer"), QStringLiteral("timeline=yes"),
              QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("sal -> sql"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("12,500.50")));
    const QJsonObject opportunity = card(sal).value(QStringLiteral("opportunity")).toObject();
    EXPECT_EQ(opportunity.value(QStringLiteral("valueCents")).toInteger(), 1250050);
    EXPECT_EQ(opportunity.value(QStringLiteral("value")).toString(), QStringLiteral("12500.50"));
    EXPECT_EQ(opportunity.value(QStringLiteral("note")).toString(), QStringLiteral("Pilot"));
    const CliOutput text = lead({QStringLiteral("show"), QString::number(sal)});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Opportunity"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("12,500.50")));
}

TEST_F(LeadLogConvertCommand, Convert_RequiredItemNotYes_RefusedNamingItAndChangesNothing)
{
    const CliOutput result =
        lead({QStringLiteral("convert"), QString::number(sal), QStringLiteral("--value"),
              QStringLiteral("100"), QStringLiteral("--answer"), QStringLiteral("budget=no"),
              QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Budget confirmed (no)"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Decision maker involved (not answered)")));
    EXPECT_EQ(stored(sal).stage, Stage::Sal);
}

TEST_F(LeadLogConvertCommand, Convert_AnswerNotItemEqualsValue_IsAUsageError)
{
    const CliOutput result =
        lead({QStringLiteral("convert"), QString::number(sal), QStringLiteral("--value"),
              QStringLiteral("100"), QStringLiteral("--answer"), QStringLiteral("budget=maybe"),
              QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("yes, no or unknown"))) << result.err.toStdString();
}

TEST_F(LeadLogConvertCommand, Convert_BadValue_IsAUsageErrorAndChangesNothing)
{
    for (const char *value : {"abc", "12.345", "-5", "12,500", ""}) {
        const CliOutput result =
            lead({QStringLiteral("convert"), QString::number(sal), QStringLiteral("--value"),
                  QString::fromLatin1(value), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
        EXPECT_EQ(result.exitCode, 2) << value;
        EXPECT_TRUE(result.err.contains(QStringLiteral("amount"))) << result.err.toStdString();
    }
    EXPECT_EQ(stored(sal).stage, Stage::Sal);
}

TEST_F(LeadLogConvertCommand, Convert_MqlLead_IsRefusedAsATransition)
{
    const CliOutput result = lead({QStringLiteral("convert"), QString::number(mql), QStringLiteral("--value"),
                                   QStringLiteral("100"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("mql to sql"))) << result.err.toStdString();
}

} // namespace
} // namespace baton::cli::test
