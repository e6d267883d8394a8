#include "LeadActionFixture.h"

namespace baton::cli::test {
namespace {

/// `audit` lists what the lead actions recorded; a marketing manager's decision is refused.
class AuditCommand : public LeadActionFixture {
protected:
    CliOutput audit(const QStringList &args)
    {
        return CliRunner::onFile(file.path(), QStringList{QStringLiteral("audit")} + args);
    }
};

TEST_F(AuditCommand, AfterAnAccept_ListsWhoDidWhatToTheLead)
{
    ASSERT_EQ(lead({QStringLiteral("accept"), QString::number(mql), QStringLiteral("--as"),
                    QStringLiteral("sam.sdr")})
                  .exitCode,
              0);
    const CliOutput result = audit({QStringLiteral("--lead"), QString::number(mql)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Sam Rivera"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("accept")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Accepted lead %1 (Jane Doe").arg(mql)));
}

TEST_F(AuditCommand, Json_CarriesTheStateBeforeAndAfter)
{
    ASSERT_EQ(lead({QStringLiteral("reject"), QString::number(mql), QStringLiteral("--reason"),
                    QStringLiteral("no_authority"), QStringLiteral("--note"), QStringLiteral("Intern"),
                    QStringLiteral("--as"), QStringLiteral("sam.sdr")})
                  .exitCode,
              0);
    const QJsonArray entries = audit({QStringLiteral("--json")}).json().array();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries[0].toObject();
    EXPECT_EQ(entry[QStringLiteral("at")].toString(), QStringLiteral("2026-03-10T11:30:00Z"));
    EXPECT_EQ(entry[QStringLiteral("user")].toString(), QStringLiteral("Sam Rivera"));
    EXPECT_EQ(entry[QStringLiteral("subjectId")].toInteger(), mql);
    EXPECT_EQ(entry[QStringLiteral("before")][QStringLiteral("stage")].toString(), QStringLiteral("mql"));
    EXPECT_EQ(entry[QStringLiteral("after")][QStringLiteral("stage")].toString(), QStringLiteral("rejected"));
    EXPECT_EQ(entry[QStringLiteral("after")][QStringLiteral("reason")].toString(),
              QStringLiteral("no_authority"));
    EXPECT_TRUE(entry[QStringLiteral("origin")].toString().contains(QStringLiteral(" on ")));
}

TEST_F(AuditCommand, FilteredByUser_ShowsOnlyThatPersonsChanges)
{
    ASSERT_EQ(lead({QStringLiteral("accept"), QString::number(mql), QStringLiteral("--as"),
                    QStringLiteral("sam.sdr")})
                  .exitCode,
              0);
    ASSERT_EQ(lead({QStringLiteral("log"), QString::number(sal), QStringLiteral("--type"),
                    QStringLiteral("call"), QStringLiteral("--outcome"), QStringLiteral("no_answer"),
                    QStringLiteral("--as"), QStringLiteral("olive.sdr")})
                  .exitCode,
              0);
    const QJsonArray olive =
        audit({QStringLiteral("--user"), QStringLiteral("olive.sdr"), QStringLiteral("--json")})
            .json()
            .array();
    ASSERT_EQ(olive.size(), 1);
    EXPECT_EQ(olive[0][QStringLiteral("action")].toString(), QStringLiteral("log"));
}

TEST_F(AuditCommand, MarketingManagerAccepting_IsRefusedAndNothingIsRecorded)
{
    const CliOutput result = lead({QStringLiteral("accept"), QString::number(mql), QStringLiteral("--as"),
                                   QStringLiteral("mark.marketing")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains(QStringLiteral("may not accept leads"))) << result.err.toStdString();
    EXPECT_EQ(stored(mql).stage, Stage::Mql);
    EXPECT_EQ(audit({QStringLiteral("--json")}).json().array().size(), 0);
}

TEST_F(AuditCommand, IdWithoutSubject_IsAUsageError)
{
    const CliOutput result = audit({QStringLiteral("--id"), QStringLiteral("3")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--id needs --subject")));
}

} // namespace
} // namespace baton::cli::test
