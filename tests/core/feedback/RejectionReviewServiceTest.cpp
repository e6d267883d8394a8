#include "services/RejectionReviewService.h"

#include "common/FixedClock.h"
#include "services/LeadService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

/// Marketing's review of a rejection on the small team: Sam (SDR) rejected a lead; Mark is the
/// marketing manager, Sally the sales manager.
class RejectionReviewServiceTest : public ::testing::Test {
protected:
    RejectionReviewServiceTest()
        : team(test::addTeam(file.db()))
        , clock(test::referenceTime())
        , reviews(file.db(), clock)
    {
        lead = test::addLead(file.db(), test::LeadSpec{.stage = Stage::Mql, .ownerId = team.sdr});
        EXPECT_TRUE(LeadService(file.db(), clock)
                        .reject(lead, team.sdr, QStringLiteral("no_authority"), QStringLiteral("Intern"))
                        .ok());
        clock.set(clock.now().addSecs(3600));
    }

    RejectionReview review()
    {
        auto found = reviews.list(ReviewQuery{clock.now().addDays(-1), clock.now().addDays(1)});
        EXPECT_TRUE(found.ok() && found->size() == 1);
        return found.ok() && !found->empty() ? found->front() : RejectionReview{};
    }

    Stage stageOf() { return LeadRepository(file.db()).find(lead)->stage; }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
    RejectionReviewService reviews;
    qint64 lead = 0;
};

} // namespace

TEST_F(RejectionReviewServiceTest, Rejection_OpensAReviewWithTheOwnersReasonAndNote)
{
    const RejectionReview r = review();
    EXPECT_EQ(r.leadId, lead);
    EXPECT_EQ(r.stage, Stage::Rejected);
    EXPECT_EQ(r.reasonCode, QStringLiteral("no_authority"));
    EXPECT_EQ(r.note, QStringLiteral("Intern"));
    EXPECT_EQ(r.status, ReviewStatus::Open);
    EXPECT_EQ(r.rejectedBy, team.sdr);
}

TEST_F(RejectionReviewServiceTest, Acknowledge_OnlyMarketing_AndWrittenInTheThread)
{
    const RejectionReview r = review();
    auto bySdr = reviews.acknowledge(r.id, team.sdr, {}, r.version);
    ASSERT_FALSE(bySdr.ok());
    EXPECT_EQ(bySdr.error().kind, ErrorKind::PermissionDenied);
    auto bySales = reviews.acknowledge(r.id, team.salesManager, {}, r.version);
    ASSERT_FALSE(bySales.ok());
    EXPECT_EQ(bySales.error().kind, ErrorKind::PermissionDenied);
    EXPECT_EQ(review().status, ReviewStatus::Open);

    ASSERT_TRUE(
        reviews.acknowledge(r.id, team.marketingManager, QStringLiteral("Fair, list was bought"), r.version)
            .ok());
    const RejectionReview after = review();
    EXPECT_EQ(after.status, ReviewStatus::Acknowledged);
    EXPECT_EQ(after.statusBy, team.marketingManager);
    EXPECT_EQ(after.statusAt, clock.now());
    auto thread = reviews.thread(lead);
    ASSERT_TRUE(thread.ok());
    ASSERT_EQ(thread->size(), 1u);
    EXPECT_EQ(thread->front().kind, QStringLiteral("acknowledged"));
    EXPECT_EQ(thread->front().body, QStringLiteral("Fair, list was bought"));
    EXPECT_EQ(thread->front().authorId, team.marketingManager);
}

TEST_F(RejectionReviewServiceTest, Dispute_NeedsAComment_ThenOnlyTheSalesManagerResolves)
{
    const RejectionReview r = review();
    auto silent = reviews.dispute(r.id, team.marketingManager, QStringLiteral(" "), r.version);
    ASSERT_FALSE(silent.ok());
    EXPECT_EQ(silent.error().kind, ErrorKind::ReasonRequired);
    ASSERT_TRUE(
        reviews.dispute(r.id, team.marketingManager, QStringLiteral("She is the VP Ops"), r.version).ok());
    const RejectionReview disputed = review();
    EXPECT_EQ(disputed.status, ReviewStatus::Disputed);

    auto byMarketing =
        reviews.resolve(disputed.id, team.marketingManager, RejectionReviewService::Resolution::Uphold,
                        QStringLiteral("no"), disputed.version);
    ASSERT_FALSE(byMarketing.ok());
    EXPECT_EQ(byMarketing.error().kind, ErrorKind::PermissionDenied);
    ASSERT_TRUE(reviews
                    .resolve(disputed.id, team.salesManager, RejectionReviewService::Resolution::Uphold,
                             QStringLiteral("Checked: no budget authority"), disputed.version)
                    .ok());
    EXPECT_EQ(review().status, ReviewStatus::Upheld);
    EXPECT_EQ(stageOf(), Stage::Rejected);
    EXPECT_EQ(reviews.thread(lead)->size(), 2u);
}

TEST_F(RejectionReviewServiceTest, Reopen_PutsTheLeadBackInItsOwnersQueue)
{
    RejectionReview r = review();
    ASSERT_TRUE(reviews.dispute(r.id, team.marketingManager, QStringLiteral("Wrong person"), r.version).ok());
    r = review();
    ASSERT_TRUE(reviews
                    .resolve(r.id, team.salesManager, RejectionReviewService::Resolution::Reopen,
                             QStringLiteral("Sam, call her again"), r.version)
                    .ok());
    EXPECT_EQ(review().status, ReviewStatus::Reopened);
    const Lead reopened = *LeadRepository(file.db()).find(lead);
    EXPECT_EQ(reopened.stage, Stage::Mql);
    EXPECT_EQ(reopened.ownerId, team.sdr);
}

TEST_F(RejectionReviewServiceTest, Resolve_WhenNotDisputed_RefusedAsATransition)
{
    const RejectionReview r = review();
    auto result = reviews.resolve(r.id, team.salesManager, RejectionReviewService::Resolution::Uphold,
                                  QStringLiteral("ok"), r.version);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidTransition);
}

TEST_F(RejectionReviewServiceTest, Recycle_ByMarketing_SendsTheLeadBackToNurtureWithItsDate)
{
    const RejectionReview r = review();
    ASSERT_TRUE(reviews
                    .recycle(r.id, team.marketingManager, QStringLiteral("bad_timing"),
                             QStringLiteral("Q3 budget"), QDate(2026, 7, 1), r.version)
                    .ok());
    EXPECT_EQ(review().status, ReviewStatus::Recycled);
    const Lead recycled = *LeadRepository(file.db()).find(lead);
    EXPECT_EQ(recycled.stage, Stage::Recycled);
    EXPECT_EQ(recycled.revisitOn, QDate(2026, 7, 1));
}

TEST_F(RejectionReviewServiceTest, Recycle_WithoutRevisitDate_RefusedAndNothingChanges)
{
    const RejectionReview r = review();
    auto result =
        reviews.recycle(r.id, team.marketingManager, QStringLiteral("bad_timing"), {}, QDate(), r.version);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(review().status, ReviewStatus::Open);
    EXPECT_EQ(stageOf(), Stage::Rejected);
    EXPECT_TRUE(reviews.thread(lead)->empty());
}

TEST_F(RejectionReviewServiceTest, StaleVersion_ConflictAndNothingChanges)
{
    const RejectionReview r = review();
    ASSERT_TRUE(reviews.acknowledge(r.id, team.marketingManager, {}, r.version).ok());
    auto stale = reviews.dispute(r.id, team.admin, QStringLiteral("I disagree"), r.version);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("acknowledged")));
    EXPECT_EQ(review().status, ReviewStatus::Acknowledged);
}

TEST_F(RejectionReviewServiceTest, Comment_AnyoneWritesAndBothTeamsReadTheThreadInOrder)
{
    ASSERT_TRUE(
        reviews.comment(lead, team.marketingManager, QStringLiteral("Which title did she give?")).ok());
    clock.set(clock.now().addSecs(60));
    ASSERT_TRUE(reviews.comment(lead, team.sdr, QStringLiteral("Intern, on the call")).ok());
    auto empty = reviews.comment(lead, team.sdr, QStringLiteral("   "));
    EXPECT_FALSE(empty.ok());
    auto thread = reviews.thread(lead);
    ASSERT_TRUE(thread.ok());
    ASSERT_EQ(thread->size(), 2u);
    EXPECT_EQ((*thread)[0].authorName, QStringLiteral("Mark Okafor"));
    EXPECT_EQ((*thread)[1].body, QStringLiteral("Intern, on the call"));
    EXPECT_LT((*thread)[0].writtenAt, (*thread)[1].writtenAt);
}

TEST_F(RejectionReviewServiceTest, List_FiltersByStatusAndReason)
{
    const qint64 other = test::addLead(
        file.db(), test::LeadSpec{.name = QStringLiteral("Otto"), .stage = Stage::Mql, .ownerId = team.sdr});
    ASSERT_TRUE(
        LeadService(file.db(), clock).reject(other, team.sdr, QStringLiteral("not_icp_fit"), {}).ok());
    ReviewQuery query{clock.now().addDays(-1), clock.now().addDays(1)};
    EXPECT_EQ(reviews.list(query)->size(), 2u);
    query.reasonCode = QStringLiteral("not_icp_fit");
    ASSERT_EQ(reviews.list(query)->size(), 1u);
    EXPECT_EQ(reviews.list(query)->front().leadId, other);
    query.reasonCode.reset();
    query.status = ReviewStatus::Acknowledged;
    EXPECT_TRUE(reviews.list(query)->empty());
}

TEST_F(RejectionReviewServiceTest, List_WithoutScore_OnlyTheRejectionsWithNoHandoffScore)
{
    // The fixture's lead became an MQL without a handoff record; this one is handed over and scored.
    const qint64 scored = test::addLead(
        file.db(), test::LeadSpec{.name = QStringLiteral("Scored"), .stage = Stage::Nurture, .ownerId = {}});
    LeadService service(file.db(), clock);
    ASSERT_TRUE(service.handOver(scored, team.sdr, team.salesManager).ok());
    ASSERT_TRUE(service.reject(scored, team.sdr, QStringLiteral("not_icp_fit"), {}).ok());

    ReviewQuery query{clock.now().addDays(-1), clock.now().addDays(1)};
    ASSERT_EQ(reviews.list(query)->size(), 2u);
    query.withoutScore = true;
    const auto unscored = reviews.list(query);
    ASSERT_EQ(unscored->size(), 1u);
    EXPECT_EQ(unscored->front().leadId, lead);
    EXPECT_FALSE(unscored->front().totalScore.has_value());
}
