#include "ReviewFixture.h"
#include "common/FixedClock.h"
#include "services/LeadService.h"

namespace baton::cli::test {
namespace {

/// feedback suggestions and feedback draft. Sixty handoffs in the week of 2026-03-02, made
/// through the core for speed: thirty whose only points are the target industry's 20 (that
/// rule dominates them), 12 of them rejected as not_icp_fit and 18 accepted; and thirty of the
/// standard test lead (85 points, no rule gives half), 2 rejected as not_icp_fit and 28
/// accepted. So "Target industry" leads are turned down as "Not an ICP fit" in 40% of 30
/// against 6.7% of 30: six times as often.
class FeedbackSuggestionCommand : public ReviewFixture {
protected:
    void SetUp() override
    {
        for (int i = 0; i < 30; ++i)
            decide(industryOnlyLead(i), i < 12);
        for (int i = 0; i < 30; ++i)
            decide(baton::test::addLead(
                       file.db(),
                       LeadSpecBuilder(QStringLiteral("Broad %1").arg(i)).stage(Stage::Nurture).spec()),
                   i < 2);
    }

    qint64 industryOnlyLead(int i)
    {
        Lead lead;
        lead.person = Person{QStringLiteral("Narrow %1").arg(i),
                             QStringLiteral("narrow%1@firm.test").arg(i),
                             {},
                             QStringLiteral("Engineer"),
                             QStringLiteral("individual")};
        lead.company = Company{QStringLiteral("Firm %1").arg(i),
                               QStringLiteral("firm%1.test").arg(i),
                               QStringLiteral("Software"),
                               10,
                               0,
                               QStringLiteral("BR"),
                               QStringLiteral("LATAM")};
        lead.createdAt = day(1).addDays(-10);
        auto id = LeadRepository(file.db()).insert(lead);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    void decide(qint64 leadId, bool reject)
    {
        LeadService service(file.db(), clock);
        auto handed = service.handOver(leadId, team.sdr);
        ASSERT_TRUE(handed.ok()) << handed.error().message.toStdString();
        auto decided = reject ? service.reject(leadId, team.sdr, QStringLiteral("not_icp_fit"), {})
                              : service.accept(leadId, team.sdr);
        ASSERT_TRUE(decided.ok()) << decided.error().message.toStdString();
    }

    CliOutput suggestions(const QStringList &more = {})
    {
        return feedback(QStringList{QStringLiteral("suggestions"), QStringLiteral("--from"),
                                    QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                                    QStringLiteral("2026-03-08")} +
                        more);
    }

    CliOutput draft(const QString &number, const QString &login)
    {
        return feedback({QStringLiteral("draft"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                         QStringLiteral("--to"), QStringLiteral("2026-03-08"), QStringLiteral("--suggestion"),
                         number, QStringLiteral("--as"), login});
    }

    FixedClock clock{day(4)};
};

TEST_F(FeedbackSuggestionCommand, Suggestions_Text_IsANumberedListOfTheSuggestions)
{
    const CliOutput result = suggestions();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral(
        "1. Leads whose points come mostly from “Target industry” are turned down as “Not an ICP fit” 6.0 "
        "times "
        "as often as the rest: 40% of 30 against 6.7% of 30. Proposed: fewer points for it (20 → 10).\n")))
        << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("\n2. ")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("--suggestion N")));
}

TEST_F(FeedbackSuggestionCommand, Suggestions_Json_HasTheNumbersBehindEach)
{
    const CliOutput result = suggestions({QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray array = result.json().array();
    ASSERT_EQ(array.size(), 1);
    const QJsonObject suggestion = array.at(0).toObject();
    EXPECT_EQ(suggestion.value(QStringLiteral("number")).toInt(), 1);
    EXPECT_TRUE(
        suggestion.value(QStringLiteral("text")).toString().contains(QStringLiteral("Target industry")));
    EXPECT_EQ(suggestion.value(QStringLiteral("rule"))[QStringLiteral("key")].toString(),
              QStringLiteral("fit:icp_industry"));
    EXPECT_EQ(suggestion.value(QStringLiteral("reason"))[QStringLiteral("code")].toString(),
              QStringLiteral("not_icp_fit"));
    EXPECT_EQ(suggestion.value(QStringLiteral("dominated")).toInt(), 30);
    EXPECT_EQ(suggestion.value(QStringLiteral("dominatedWithReason")).toInt(), 12);
    EXPECT_EQ(suggestion.value(QStringLiteral("rest")).toInt(), 30);
    EXPECT_EQ(suggestion.value(QStringLiteral("restWithReason")).toInt(), 2);
    EXPECT_NEAR(suggestion.value(QStringLiteral("ratio")).toDouble(), 6.0, 1e-9);
    EXPECT_DOUBLE_EQ(suggestion.value(QStringLiteral("currentPoints")).toDouble(), 20.0);
    EXPECT_DOUBLE_EQ(suggestion.value(QStringLiteral("proposedPoints")).toDouble(), 10.0);
}

TEST_F(FeedbackSuggestionCommand, Suggestions_QuietPeriod_SaysThereAreNone)
{
    const CliOutput result =
        feedback({QStringLiteral("suggestions"), QStringLiteral("--from"), QStringLiteral("2026-02-02"),
                  QStringLiteral("--to"), QStringLiteral("2026-02-08")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("No suggestions from 2026-02-02 to 2026-02-08")))
        << result.out.toStdString();
}

TEST_F(FeedbackSuggestionCommand, Draft_ByMarketingManager_MakesMarketingsDraftWithTheChange)
{
    const CliOutput result = draft(QStringLiteral("1"), QStringLiteral("mark.marketing"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.startsWith(QStringLiteral("Draft 1 (marketing's) by mark.marketing: “Target industry” 20 "
                                             "→ 10 points, the rest as in version 0.\n")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("definition show 1"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("definition diff 0 1")));

    const CliOutput shown = ctl({QStringLiteral("definition"), QStringLiteral("show"), QStringLiteral("1"),
                                 QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject version = shown.json().object();
    EXPECT_EQ(version.value(QStringLiteral("team")).toString(), QStringLiteral("marketing"));
    EXPECT_EQ(version.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    const CliOutput diff =
        ctl({QStringLiteral("definition"), QStringLiteral("diff"), QStringLiteral("0"), QStringLiteral("1")});
    ASSERT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    EXPECT_TRUE(diff.out.contains(QStringLiteral("icp_industry"))) << diff.out.toStdString();
}

TEST_F(FeedbackSuggestionCommand, Draft_BySdr_IsRefused)
{
    const CliOutput result = draft(QStringLiteral("1"), QStringLiteral("sam.sdr"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Sam Rivera"))) << result.err.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("definition"), QStringLiteral("show"), QStringLiteral("1")}).exitCode, 1);
}

TEST_F(FeedbackSuggestionCommand, Draft_SuggestionThatIsNotThere_IsRefused)
{
    const CliOutput missing = draft(QStringLiteral("2"), QStringLiteral("mark.marketing"));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no suggestion 2")))
        << missing.err.toStdString();
    EXPECT_EQ(draft(QStringLiteral("0"), QStringLiteral("mark.marketing")).exitCode, 2);
    const CliOutput noNumber =
        feedback({QStringLiteral("draft"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                  QStringLiteral("--to"), QStringLiteral("2026-03-08"), QStringLiteral("--as"),
                  QStringLiteral("mark.marketing")});
    EXPECT_EQ(noNumber.exitCode, 2);
    EXPECT_TRUE(noNumber.err.contains(QStringLiteral("--suggestion N"))) << noNumber.err.toStdString();
}

} // namespace
} // namespace baton::cli::test
