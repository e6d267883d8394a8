#include "services/LeadService.h"

#include "common/FixedClock.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/ReviewRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

class LeadServiceTest : public ::testing::Test {
protected:
    LeadServiceTest()
        : team(test::addTeam(file.db()))
        , clock(test::referenceTime())
        , service(file.db(), clock)
        , leads(file.db())
    {}

    qint64 lead(Stage stage, std::optional<qint64> owner = {})
    {
        return test::addLead(file.db(), test::LeadSpec{.stage = stage, .ownerId = owner});
    }

    Stage stageOf(qint64 id) { return leads.find(id)->stage; }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
    LeadService service;
    LeadRepository leads;
};

} // namespace

TEST_F(LeadServiceTest, Accept_Mql_BecomesSalWithHistory)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.accept(id, team.sdr).ok());
    EXPECT_EQ(stageOf(id), Stage::Sal);
    const auto history = *leads.history(id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history.back().from, Stage::Mql);
    EXPECT_EQ(history.back().to, Stage::Sal);
    EXPECT_EQ(history.back().userId, team.sdr);
    EXPECT_EQ(history.back().userName, QStringLiteral("Sam Rivera"));
    EXPECT_EQ(history.back().changedAt, test::referenceTime());
}

TEST_F(LeadServiceTest, Accept_UnownedMql_BecomesTheAcceptorsLead)
{
    const qint64 id = lead(Stage::Mql);
    ASSERT_TRUE(service.accept(id, team.otherSdr).ok());
    EXPECT_EQ(leads.find(id)->ownerId, team.otherSdr);
}

TEST_F(LeadServiceTest, Accept_SalLead_RefusedAsInvalidTransition)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    auto result = service.accept(id, team.sdr);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidTransition);
    EXPECT_EQ(stageOf(id), Stage::Sal);
    EXPECT_EQ(leads.history(id)->size(), 3u);
}

TEST_F(LeadServiceTest, Accept_UnknownLead_NotFound)
{
    auto result = service.accept(999, team.sdr);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::NotFound);
}

TEST_F(LeadServiceTest, Accept_UnknownUser_NotFoundAndNothingStored)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    auto result = service.accept(id, 4242);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(stageOf(id), Stage::Mql);
}

TEST_F(LeadServiceTest, Accept_StaleVersion_ConflictAndNothingOverwritten)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    const qint64 readVersion = leads.find(id)->version;
    ASSERT_TRUE(
        service.logActivity(id, team.otherSdr, ActivityType::Call, QStringLiteral("no_answer"), {}).ok());
    auto result = service.accept(id, team.sdr, readVersion);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(stageOf(id), Stage::Mql);
}

TEST_F(LeadServiceTest, Reject_WithoutReason_RefusedAndStaysMql)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    auto result = service.reject(id, team.sdr, {}, QStringLiteral("meh"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::ReasonRequired);
    EXPECT_EQ(stageOf(id), Stage::Mql);
}

TEST_F(LeadServiceTest, Reject_UnknownReason_ListsTheValidCodes)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    auto result = service.reject(id, team.sdr, QStringLiteral("too_busy"), {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("no_authority")));
}

TEST_F(LeadServiceTest, Reject_ReasonThatNeedsANote_RefusedWithoutOne)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    auto result = service.reject(id, team.sdr, QStringLiteral("other"), QStringLiteral("  "));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::ReasonRequired);
    EXPECT_TRUE(
        service.reject(id, team.sdr, QStringLiteral("other"), QStringLiteral("Agency, not a buyer")).ok());
}

TEST_F(LeadServiceTest, Reject_WithReason_StoresReasonAndNote)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.reject(id, team.sdr, QStringLiteral("no_authority"), QStringLiteral("Intern")).ok());
    EXPECT_EQ(stageOf(id), Stage::Rejected);
    const auto last = leads.history(id)->back();
    EXPECT_EQ(last.reasonCode, QStringLiteral("no_authority"));
    EXPECT_EQ(last.note, QStringLiteral("Intern"));
}

TEST_F(LeadServiceTest, Disqualify_Sal_NeedsReason)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    EXPECT_FALSE(service.disqualify(id, team.sdr, {}, {}).ok());
    ASSERT_TRUE(service.disqualify(id, team.sdr, QStringLiteral("no_budget"), {}).ok());
    EXPECT_EQ(stageOf(id), Stage::Disqualified);
}

TEST_F(LeadServiceTest, Recycle_StoresRevisitDate)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    const QDate revisit(2026, 6, 1);
    EXPECT_FALSE(service.recycle(id, team.sdr, QStringLiteral("bad_timing"), {}, QDate()).ok());
    ASSERT_TRUE(service.recycle(id, team.sdr, QStringLiteral("bad_timing"), {}, revisit).ok());
    EXPECT_EQ(stageOf(id), Stage::Recycled);
    EXPECT_EQ(leads.find(id)->revisitOn, revisit);
}

TEST_F(LeadServiceTest, Convert_Sal_BecomesSqlWithOpportunity)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    ASSERT_TRUE(
        service.convert(id, team.sdr, test::qualified(1'250'000, QStringLiteral("Budget confirmed"))).ok());
    EXPECT_EQ(stageOf(id), Stage::Sql);
    const auto opportunity = *leads.opportunity(id);
    ASSERT_TRUE(opportunity.has_value());
    EXPECT_EQ(opportunity->valueCents, 1'250'000);
    EXPECT_EQ(opportunity->note, QStringLiteral("Budget confirmed"));
    EXPECT_EQ(opportunity->createdBy, team.sdr);
}

TEST_F(LeadServiceTest, Convert_Mql_RefusedBecauseItMustBeAcceptedFirst)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    auto result = service.convert(id, team.sdr, test::qualified(100));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidTransition);
    EXPECT_FALSE(leads.opportunity(id)->has_value());
}

TEST_F(LeadServiceTest, Convert_NegativeValue_Refused)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    auto result = service.convert(id, team.sdr, test::qualified(-1));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
}

TEST_F(LeadServiceTest, HandOver_Nurture_BecomesMqlWithOwnerAndHandoffTime)
{
    const qint64 id = lead(Stage::Nurture);
    ASSERT_TRUE(service.handOver(id, team.sdr).ok());
    const Lead stored = *leads.find(id);
    EXPECT_EQ(stored.stage, Stage::Mql);
    EXPECT_EQ(stored.ownerId, team.sdr);
    EXPECT_EQ(stored.handoffAt, test::referenceTime());
}

TEST_F(LeadServiceTest, LogActivity_StoresActivityWithoutChangingStage)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    const qint64 before = leads.find(id)->version;
    auto logged = service.logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("connected"),
                                      QStringLiteral("Booked a discovery call"));
    ASSERT_TRUE(logged.ok()) << logged.error().message.toStdString();
    EXPECT_EQ(stageOf(id), Stage::Mql);
    EXPECT_EQ(leads.find(id)->version, before + 1);
    const auto activities = *leads.activities(id);
    ASSERT_EQ(activities.size(), 1u);
    EXPECT_EQ(activities[0].type, ActivityType::Call);
    EXPECT_EQ(activities[0].outcome, QStringLiteral("connected"));
    EXPECT_EQ(activities[0].note, QStringLiteral("Booked a discovery call"));
    EXPECT_EQ(activities[0].userName, QStringLiteral("Sam Rivera"));
}

TEST_F(LeadServiceTest, LogActivity_OutcomeOfAnotherType_Refused)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    auto logged = service.logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("replied"), {});
    ASSERT_FALSE(logged.ok());
    EXPECT_EQ(logged.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(leads.activities(id)->empty());
}

TEST_F(LeadServiceTest, Actions_SurviveReopeningTheFile)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.accept(id, team.sdr).ok());
    file.reopen();
    EXPECT_EQ(LeadRepository(file.db()).find(id)->stage, Stage::Sal);
}

TEST_F(LeadServiceTest, Convert_RequiredItemNotYes_RefusedNamingItAndNothingChanges)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    Conversion conversion = test::qualified(100);
    conversion.answers[1].value = ChecklistAnswer::Value::Unknown; // authority
    conversion.answers.pop_back();                                 // timeline not answered
    auto result = service.convert(id, team.sdr, conversion);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::ReasonRequired);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("Decision maker involved (unknown)")))
        << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("Timeline within 6 months (not answered)")));
    EXPECT_EQ(stageOf(id), Stage::Sal);
    EXPECT_TRUE(OpportunityRepository(file.db()).answers(id)->empty());
}

TEST_F(LeadServiceTest, Convert_UnknownChecklistItem_Refused)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    Conversion conversion = test::qualified(100);
    conversion.answers.push_back(ChecklistAnswer{QStringLiteral("vibes"), ChecklistAnswer::Value::Yes, {}});
    auto result = service.convert(id, team.sdr, conversion);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(
        result.error().message.contains(QStringLiteral("budget, authority, need, timeline, champion")));
}

TEST_F(LeadServiceTest, Convert_KeepsEveryAnswerTheExpectedCloseAndUnknownForTheUnanswered)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    Conversion conversion = test::qualified(500'000);
    conversion.answers[0].note = QStringLiteral("Approved in March");
    conversion.expectedClose = QDate(2026, 5, 29);
    ASSERT_TRUE(service.convert(id, team.sdr, conversion).ok());
    OpportunityRepository opportunities(file.db());
    auto answers = opportunities.answers(id);
    ASSERT_TRUE(answers.ok()) << answers.error().message.toStdString();
    ASSERT_EQ(answers->size(), 5u);
    EXPECT_EQ((*answers)[0].criterion.name, QStringLiteral("Budget confirmed"));
    EXPECT_EQ((*answers)[0].answer.value, ChecklistAnswer::Value::Yes);
    EXPECT_EQ((*answers)[0].answer.note, QStringLiteral("Approved in March"));
    EXPECT_EQ((*answers)[4].criterion.id, QStringLiteral("champion"));
    EXPECT_FALSE((*answers)[4].criterion.required);
    EXPECT_EQ((*answers)[4].answer.value, ChecklistAnswer::Value::Unknown);
    EXPECT_EQ((*answers)[4].answeredBy, team.sdr);
    EXPECT_EQ(*opportunities.expectedClose(id), QDate(2026, 5, 29));
}

TEST_F(LeadServiceTest, CloseOpportunity_LostNeedsAReason_AndAnOpportunityClosesOnce)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    ASSERT_TRUE(service.convert(id, team.sdr, test::qualified(100)).ok());
    auto noReason = service.closeOpportunity(id, team.sdr, false, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().kind, ErrorKind::ReasonRequired);
    ASSERT_TRUE(service.closeOpportunity(id, team.sdr, false, QStringLiteral("Chose a competitor")).ok());
    auto closing = OpportunityRepository(file.db()).closing(id);
    ASSERT_TRUE(closing.ok() && closing->has_value());
    EXPECT_FALSE((*closing)->won);
    EXPECT_EQ((*closing)->reason, QStringLiteral("Chose a competitor"));
    auto again = service.closeOpportunity(id, team.sdr, true, {});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already closed as lost")));
}

TEST_F(LeadServiceTest, CloseOpportunity_NotSql_Refused)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    auto result = service.closeOpportunity(id, team.sdr, true, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidTransition);
}

TEST_F(LeadServiceTest, Accept_WithoutMeaningfulContact_FlaggedUntilOneIsLogged)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    // A voicemail is an attempt, not a contact.
    ASSERT_TRUE(service.logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("voicemail"), {}).ok());
    ASSERT_TRUE(service.accept(id, team.sdr).ok());
    const auto flagged = [&] {
        return *file.db().queryInt("SELECT moved_without_contact FROM leads WHERE id = " +
                                   std::to_string(id));
    };
    EXPECT_EQ(flagged(), 1);
    EXPECT_EQ(*file.db().queryInt(
                  "SELECT without_contact FROM stage_changes WHERE to_stage = 'sal' AND lead_id = " +
                  std::to_string(id)),
              1);
    ASSERT_TRUE(service.logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("connected"), {}).ok());
    EXPECT_EQ(flagged(), 0);
    // The history keeps what the move was when it was made.
    EXPECT_EQ(*file.db().queryInt(
                  "SELECT without_contact FROM stage_changes WHERE to_stage = 'sal' AND lead_id = " +
                  std::to_string(id)),
              1);
}

TEST_F(LeadServiceTest, Accept_AfterAConnectedCall_NotFlagged)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("connected"), {}).ok());
    ASSERT_TRUE(service.accept(id, team.sdr).ok());
    EXPECT_EQ(*file.db().queryInt("SELECT moved_without_contact FROM leads WHERE id = " + std::to_string(id)),
              0);
    EXPECT_EQ(*file.db().queryInt(
                  "SELECT without_contact FROM stage_changes WHERE to_stage = 'sal' AND lead_id = " +
                  std::to_string(id)),
              0);
}

TEST_F(LeadServiceTest, Reject_IsNotAMoveWithoutContact_AndOpensMarketingsReview)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.reject(id, team.sdr, QStringLiteral("no_authority"), {}).ok());
    EXPECT_EQ(*file.db().queryInt("SELECT moved_without_contact FROM leads WHERE id = " + std::to_string(id)),
              0);
    auto review = ReviewRepository(file.db()).latestFor(id);
    ASSERT_TRUE(review.ok() && review->has_value());
    EXPECT_EQ((*review)->reasonCode, QStringLiteral("no_authority"));
    EXPECT_EQ((*review)->status, ReviewStatus::Open);
    EXPECT_EQ((*review)->rejectedBy, team.sdr);
}
