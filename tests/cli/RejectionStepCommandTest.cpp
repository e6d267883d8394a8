#include "ReviewFixture.h"

namespace baton::cli::test {
namespace {

/// ack, dispute, resolve, recycle and comment: marketing's and the sales manager's steps on a
/// review, each checked against the version read and the actor's role.
class RejectionStepCommand : public ReviewFixture {
protected:
    void SetUp() override
    {
        rejectedLead =
            rejected(QStringLiteral("Jane Doe"), team.webinar, QStringLiteral("no_authority"), day(9));
        reviewId = reviewOf(rejectedLead);
        setNow(day(10, 11));
    }

    CliOutput step(const QString &name, const QStringList &more)
    {
        return rejections(QStringList{name, QString::number(reviewId)} + more);
    }

    QJsonArray thread()
    {
        return rejections({QStringLiteral("show"), QString::number(reviewId), QStringLiteral("--json")})
            .json()
            .object()
            .value(QStringLiteral("thread"))
            .toArray();
    }

    void dispute()
    {
        const CliOutput result = step(QStringLiteral("dispute"),
                                      {QStringLiteral("--comment"), QStringLiteral("She signs the budget"),
                                       QStringLiteral("--as"), QStringLiteral("mark.marketing")});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }

    qint64 rejectedLead = 0;
    qint64 reviewId = 0;
};

TEST_F(RejectionStepCommand, Ack_ByMarketingManager_MovesOpenToAcknowledgedWithTheNoteInTheThread)
{
    const CliOutput result =
        step(QStringLiteral("ack"), {QStringLiteral("--note"),
                                     QStringLiteral("Fair, our form lets "
                                                    "interns through"),
                                     QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Review %1 (lead %2, Jane Doe, Acme Corp): open -> acknowledged by "
                       "mark.marketing.")
            .arg(reviewId)
            .arg(rejectedLead)))
        << result.out.toStdString();
    const RejectionReview after = review(reviewId);
    EXPECT_EQ(after.status, ReviewStatus::Acknowledged);
    EXPECT_EQ(after.statusBy, team.marketingManager);
    EXPECT_EQ(after.statusAt, day(10, 11));
    EXPECT_EQ(after.version, 2);
    const QJsonObject last = thread().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("kind")).toString(), QStringLiteral("acknowledged"));
    EXPECT_EQ(last.value(QStringLiteral("body")).toString(),
              QStringLiteral("Fair, our form lets interns through"));
    EXPECT_EQ(last.value(QStringLiteral("author"))[QStringLiteral("login")].toString(),
              QStringLiteral("mark.marketing"));
}

TEST_F(RejectionStepCommand, Ack_BySdr_IsRefusedWithThePermissionMessage)
{
    const CliOutput result = step(QStringLiteral("ack"), {QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("Sam Rivera (SDR) may not acknowledge a rejection: only a marketing "
                       "manager or an admin may.")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Review %1 was not changed.").arg(reviewId)));
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Ack_ByAdmin_IsAllowed)
{
    const CliOutput result =
        step(QStringLiteral("ack"), {QStringLiteral("--as"), QStringLiteral("ada.admin")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Acknowledged);
}

TEST_F(RejectionStepCommand, Ack_WithoutAs_IsAUsageError)
{
    const CliOutput result = step(QStringLiteral("ack"), {});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--as USER"))) << result.err.toStdString();
}

TEST_F(RejectionStepCommand, Ack_UnknownReview_FailsWithExitOne)
{
    const CliOutput result = rejections({QStringLiteral("ack"), QStringLiteral("4242"),
                                         QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("There is no rejection review 4242.")))
        << result.err.toStdString();
}

TEST_F(RejectionStepCommand, Ack_MalformedId_IsAUsageError)
{
    const CliOutput result = rejections({QStringLiteral("ack"), QStringLiteral("seven"),
                                         QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a review id"))) << result.err.toStdString();
}

TEST_F(RejectionStepCommand, Dispute_WithComment_MovesToDisputedWithTheCommentInTheThread)
{
    dispute();
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Disputed);
    const QJsonObject last = thread().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("kind")).toString(), QStringLiteral("disputed"));
    EXPECT_EQ(last.value(QStringLiteral("body")).toString(), QStringLiteral("She signs the budget"));
}

TEST_F(RejectionStepCommand, Dispute_BySdr_IsRefusedWithThePermissionMessage)
{
    const CliOutput result =
        step(QStringLiteral("dispute"), {QStringLiteral("--comment"), QStringLiteral("No"),
                                         QStringLiteral("--as"), QStringLiteral("olive.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("may not dispute a rejection: only a marketing manager or an admin "
                       "may.")))
        << result.err.toStdString();
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Dispute_WithoutComment_IsAUsageError)
{
    const CliOutput result =
        step(QStringLiteral("dispute"), {QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("rejections dispute needs --comment TEXT")))
        << result.err.toStdString();
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Dispute_BlankComment_IsRefusedAndSaysWhy)
{
    const CliOutput result =
        step(QStringLiteral("dispute"), {QStringLiteral("--comment"), QStringLiteral("   "),
                                         QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(
        result.err.contains(QStringLiteral("A dispute needs a comment that tells the sales manager why.")))
        << result.err.toStdString();
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Dispute_StaleVersion_GivesTheConflictAndChangesNothing)
{
    ASSERT_EQ(
        step(QStringLiteral("ack"), {QStringLiteral("--as"), QStringLiteral("mark.marketing")}).exitCode, 0);
    const CliOutput result =
        step(QStringLiteral("dispute"),
             {QStringLiteral("--comment"), QStringLiteral("On second thought"), QStringLiteral("--version"),
              QStringLiteral("1"), QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("Someone else moved this review on (it is now acknowledged) after you "
                       "opened it. Nothing of yours was saved; look at it again.")))
        << result.err.toStdString();
    const RejectionReview after = review(reviewId);
    EXPECT_EQ(after.status, ReviewStatus::Acknowledged);
    EXPECT_EQ(after.version, 2);
}

TEST_F(RejectionStepCommand, Dispute_CurrentVersion_IsAccepted)
{
    ASSERT_EQ(
        step(QStringLiteral("ack"), {QStringLiteral("--as"), QStringLiteral("mark.marketing")}).exitCode, 0);
    const CliOutput result =
        step(QStringLiteral("dispute"),
             {QStringLiteral("--comment"), QStringLiteral("On second thought"), QStringLiteral("--version"),
              QStringLiteral("2"), QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("acknowledged -> disputed"))) << result.out.toStdString();
}

TEST_F(RejectionStepCommand, Dispute_MalformedVersion_IsAUsageError)
{
    const CliOutput result =
        step(QStringLiteral("dispute"),
             {QStringLiteral("--comment"), QStringLiteral("x"), QStringLiteral("--version"),
              QStringLiteral("latest"), QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--version"))) << result.err.toStdString();
}

TEST_F(RejectionStepCommand, ResolveReopen_BySalesManager_PutsTheLeadBackToMql)
{
    dispute();
    const CliOutput result =
        step(QStringLiteral("resolve"), {QStringLiteral("--reopen"), QStringLiteral("--comment"),
                                         QStringLiteral("Agreed, Sam calls her again"),
                                         QStringLiteral("--as"), QStringLiteral("sally.manager")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("disputed -> reopened by sally.manager; lead %1: rejected -> mql.").arg(rejectedLead)))
        << result.out.toStdString();
    EXPECT_EQ(lead(rejectedLead).stage, Stage::Mql);
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Reopened);
    EXPECT_EQ(thread().last()[QStringLiteral("kind")].toString(), QStringLiteral("reopened"));
}

TEST_F(RejectionStepCommand, ResolveUphold_BySalesManager_KeepsTheRejection)
{
    dispute();
    const CliOutput result =
        step(QStringLiteral("resolve"), {QStringLiteral("--uphold"), QStringLiteral("--comment"),
                                         QStringLiteral("She forwards, she does not sign"),
                                         QStringLiteral("--as"), QStringLiteral("sally.manager")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(lead(rejectedLead).stage, Stage::Rejected);
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Upheld);
}

TEST_F(RejectionStepCommand, Resolve_ByMarketingManager_IsRefusedWithThePermissionMessage)
{
    dispute();
    const CliOutput result =
        step(QStringLiteral("resolve"),
             {QStringLiteral("--reopen"), QStringLiteral("--comment"), QStringLiteral("Mine"),
              QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("Mark Okafor (Marketing manager) may not resolve a dispute: only a "
                       "sales manager or an admin may.")))
        << result.err.toStdString();
    EXPECT_EQ(lead(rejectedLead).stage, Stage::Rejected);
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Disputed);
}

TEST_F(RejectionStepCommand, Resolve_AnOpenReview_IsRefusedAsAStepItCannotTake)
{
    const CliOutput result =
        step(QStringLiteral("resolve"),
             {QStringLiteral("--uphold"), QStringLiteral("--comment"), QStringLiteral("Stands"),
              QStringLiteral("--as"), QStringLiteral("sally.manager")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("A review that is open cannot be resolved.")))
        << result.err.toStdString();
}

TEST_F(RejectionStepCommand, Resolve_NeitherOrBothDecisions_IsAUsageError)
{
    dispute();
    for (const QStringList &decision :
         {QStringList{}, QStringList{QStringLiteral("--uphold"), QStringLiteral("--reopen")}}) {
        const CliOutput result =
            step(QStringLiteral("resolve"),
                 decision + QStringList{QStringLiteral("--comment"), QStringLiteral("x"),
                                        QStringLiteral("--as"), QStringLiteral("sally.manager")});
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.err.contains(QStringLiteral("--uphold"))) << result.err.toStdString();
    }
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Disputed);
}

TEST_F(RejectionStepCommand, Resolve_WithoutComment_IsAUsageError)
{
    dispute();
    const CliOutput result =
        step(QStringLiteral("resolve"),
             {QStringLiteral("--uphold"), QStringLiteral("--as"), QStringLiteral("sally.manager")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--comment TEXT"))) << result.err.toStdString();
}

TEST_F(RejectionStepCommand, Recycle_ByMarketingManager_MovesTheLeadToRecycledWithItsRevisitDate)
{
    const CliOutput result =
        step(QStringLiteral("recycle"),
             {QStringLiteral("--reason"), QStringLiteral("budget_cycle"), QStringLiteral("--revisit"),
              QStringLiteral("2026-07-01"), QStringLiteral("--note"), QStringLiteral("New budget in July"),
              QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral(
            "open -> recycled by mark.marketing; lead %1: rejected -> recycled, revisit on 2026-07-01.")
            .arg(rejectedLead)))
        << result.out.toStdString();
    const Lead after = lead(rejectedLead);
    EXPECT_EQ(after.stage, Stage::Recycled);
    EXPECT_EQ(after.revisitOn, QDate(2026, 7, 1));
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Recycled);
    EXPECT_EQ(thread().last()[QStringLiteral("body")].toString(), QStringLiteral("New budget in July"));
}

TEST_F(RejectionStepCommand, Recycle_BySdr_IsRefusedWithThePermissionMessage)
{
    const CliOutput result =
        step(QStringLiteral("recycle"),
             {QStringLiteral("--reason"), QStringLiteral("budget_cycle"), QStringLiteral("--revisit"),
              QStringLiteral("2026-07-01"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(
        result.err.contains(QStringLiteral("may not recycle a rejected lead: only a marketing manager or an "
                                           "admin may.")))
        << result.err.toStdString();
    EXPECT_EQ(lead(rejectedLead).stage, Stage::Rejected);
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Recycle_WithoutRevisitOrReason_IsAUsageError)
{
    const CliOutput noDate =
        step(QStringLiteral("recycle"), {QStringLiteral("--reason"), QStringLiteral("budget_cycle"),
                                         QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(noDate.exitCode, 2);
    EXPECT_TRUE(noDate.err.contains(QStringLiteral("--revisit YYYY-MM-DD"))) << noDate.err.toStdString();
    const CliOutput noReason =
        step(QStringLiteral("recycle"), {QStringLiteral("--revisit"), QStringLiteral("2026-07-01"),
                                         QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(noReason.exitCode, 2);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("budget_cycle"))) << noReason.err.toStdString();
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Recycle_UnknownReason_IsRefusedAndChangesNothing)
{
    const CliOutput result =
        step(QStringLiteral("recycle"),
             {QStringLiteral("--reason"), QStringLiteral("someday"), QStringLiteral("--revisit"),
              QStringLiteral("2026-07-01"), QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("someday"))) << result.err.toStdString();
    EXPECT_EQ(lead(rejectedLead).stage, Stage::Rejected);
    EXPECT_EQ(review(reviewId).status, ReviewStatus::Open);
}

TEST_F(RejectionStepCommand, Comment_BySdr_IsAddedToTheLeadsThread)
{
    const CliOutput result =
        rejections({QStringLiteral("comment"), QString::number(rejectedLead), QStringLiteral("--text"),
                    QStringLiteral("Called back: she forwards to the CMO"), QStringLiteral("--as"),
                    QStringLiteral("sam.sdr")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("added to the thread of lead %1 (Jane Doe, Acme Corp) by sam.sdr.").arg(rejectedLead)))
        << result.out.toStdString();
    const QJsonObject last = thread().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("kind")).toString(), QStringLiteral("comment"));
    EXPECT_EQ(last.value(QStringLiteral("body")).toString(),
              QStringLiteral("Called back: she forwards to the CMO"));
    EXPECT_EQ(last.value(QStringLiteral("author"))[QStringLiteral("login")].toString(),
              QStringLiteral("sam.sdr"));
    EXPECT_EQ(last.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-10T11:00:00Z"));
}

TEST_F(RejectionStepCommand, Comment_WithoutTextOrOnAnUnknownLead_IsRefused)
{
    const CliOutput noText = rejections({QStringLiteral("comment"), QString::number(rejectedLead),
                                         QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(noText.exitCode, 2);
    EXPECT_TRUE(noText.err.contains(QStringLiteral("--text TEXT"))) << noText.err.toStdString();
    const CliOutput blank =
        rejections({QStringLiteral("comment"), QString::number(rejectedLead), QStringLiteral("--text"),
                    QStringLiteral(" "), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(blank.exitCode, 1);
    EXPECT_TRUE(blank.err.contains(QStringLiteral("A comment needs words."))) << blank.err.toStdString();
    const CliOutput unknown =
        rejections({QStringLiteral("comment"), QStringLiteral("4242"), QStringLiteral("--text"),
                    QStringLiteral("Hello"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("4242"))) << unknown.err.toStdString();
}

} // namespace
} // namespace baton::cli::test
