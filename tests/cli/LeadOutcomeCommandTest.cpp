#include "LeadActionFixture.h"
#include "storage/OpportunityRepository.h"

#include <QTimeZone>

namespace baton::cli::test {
namespace {

/// lead outcome: a qualified opportunity is won or lost, once.
class LeadOutcomeCommand : public LeadActionFixture {
protected:
    void SetUp() override
    {
        LeadActionFixture::SetUp();
        const CliOutput converted =
            lead({QStringLiteral("convert"), QString::number(sal), QStringLiteral("--value"),
                  QStringLiteral("12500"), QStringLiteral("--answer"), QStringLiteral("budget=yes"),
                  QStringLiteral("--answer"), QStringLiteral("authority=yes"), QStringLiteral("--answer"),
                  QStringLiteral("need=yes"), QStringLiteral("--answer"), QStringLiteral("timeline=yes"),
                  QStringLiteral("--as"), QStringLiteral("sam.sdr")});
        ASSERT_EQ(converted.exitCode, 0) << converted.err.toStdString();
    }

    std::optional<OpportunityRepository::Closing> closing(qint64 id)
    {
        auto found = OpportunityRepository(file.db()).closing(id);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : std::nullopt;
    }
};

TEST_F(LeadOutcomeCommand, Won_RecordsTheWinWithWhoAndWhen)
{
    const CliOutput result = lead({QStringLiteral("outcome"), QString::number(sal), QStringLiteral("won"),
                                   QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Lead %1 (Omar Haddad, Acme Corp): the opportunity was won, recorded by sam.sdr.")
            .arg(sal)))
        << result.out.toStdString();
    const auto closed = closing(sal);
    ASSERT_TRUE(closed.has_value());
    EXPECT_TRUE(closed->won);
    EXPECT_EQ(closed->closedBy, team.sdr);
    EXPECT_EQ(closed->closedAt, QDateTime(QDate(2026, 3, 10), QTime(11, 30), QTimeZone::utc()));
    EXPECT_EQ(stored(sal).stage, Stage::Sql);
}

TEST_F(LeadOutcomeCommand, Lost_WithReason_RecordsTheReason)
{
    const CliOutput result = lead({QStringLiteral("outcome"), QString::number(sal), QStringLiteral("lost"),
                                   QStringLiteral("--reason"), QStringLiteral("Chose a cheaper tool"),
                                   QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("was lost (Chose a cheaper tool)")))
        << result.out.toStdString();
    const auto closed = closing(sal);
    ASSERT_TRUE(closed.has_value());
    EXPECT_FALSE(closed->won);
    EXPECT_EQ(closed->reason, QStringLiteral("Chose a cheaper tool"));
}

TEST_F(LeadOutcomeCommand, Lost_WithoutReason_IsAUsageErrorAndRecordsNothing)
{
    const CliOutput result = lead({QStringLiteral("outcome"), QString::number(sal), QStringLiteral("lost"),
                                   QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--reason TEXT"))) << result.err.toStdString();
    EXPECT_FALSE(closing(sal).has_value());
}

TEST_F(LeadOutcomeCommand, Twice_IsRefused)
{
    ASSERT_EQ(lead({QStringLiteral("outcome"), QString::number(sal), QStringLiteral("won"),
                    QStringLiteral("--as"), QStringLiteral("sam.sdr")})
                  .exitCode,
              0);
    const CliOutput again = lead({QStringLiteral("outcome"), QString::number(sal), QStringLiteral("lost"),
                                  QStringLiteral("--reason"), QStringLiteral("Changed their mind"),
                                  QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("Lead %1 was not changed.").arg(sal)))
        << again.err.toStdString();
    EXPECT_TRUE(closing(sal)->won);
}

TEST_F(LeadOutcomeCommand, NotAnOpportunity_IsRefusedAsATransition)
{
    const CliOutput result = lead({QStringLiteral("outcome"), QString::number(mql), QStringLiteral("won"),
                                   QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Only a qualified opportunity (sql) can be won or lost")))
        << result.err.toStdString();
}

TEST_F(LeadOutcomeCommand, BadOrMissingResult_IsAUsageError)
{
    const CliOutput bad = lead({QStringLiteral("outcome"), QString::number(sal), QStringLiteral("maybe"),
                                QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("won or lost"))) << bad.err.toStdString();
    const CliOutput missing = lead(
        {QStringLiteral("outcome"), QString::number(sal), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("won|lost"))) << missing.err.toStdString();
}

} // namespace
} // namespace baton::cli::test
