#include "actions/LeadActions.h"

#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "services/LeadService.h"
#include "services/RejectionReviewService.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class LeadActionsTest : public ::testing::Test {
protected:
    SelectedLead select(qint64 id)
    {
        const Lead lead = fixture.lead(id);
        SelectedLead selected{id, lead.version, lead.stage, lead.person.name};
        actions.setLead(selected);
        return selected;
    }

    /// A converted lead, selected.
    qint64 opportunity()
    {
        const qint64 id = fixture.addLead(aLead().stage(Stage::Sal));
        EXPECT_TRUE(LeadService(fixture.db(), fixture.clock())
                        .convert(id, fixture.team().sdr, test::qualified(1'000'000))
                        .ok());
        select(id);
        return id;
    }

    UiFixture fixture;
    FakePrompter prompter;
    LeadActions actions{fixture.session(), prompter};
};

TEST_F(LeadActionsTest, SetLead_Mql_EnablesAcceptRejectAndLogButNotConvert)
{
    select(fixture.addLead(aLead()));

    EXPECT_TRUE(actions.acceptAction()->isEnabled());
    EXPECT_TRUE(actions.rejectAction()->isEnabled());
    EXPECT_TRUE(actions.logActivityAction()->isEnabled());
    EXPECT_FALSE(actions.convertAction()->isEnabled());
}

TEST_F(LeadActionsTest, SetLead_Sal_EnablesConvertButNotAcceptOrReject)
{
    select(fixture.addLead(aLead().stage(Stage::Sal)));

    EXPECT_FALSE(actions.acceptAction()->isEnabled());
    EXPECT_FALSE(actions.rejectAction()->isEnabled());
    EXPECT_TRUE(actions.logActivityAction()->isEnabled());
    EXPECT_TRUE(actions.convertAction()->isEnabled());
}

TEST_F(LeadActionsTest, MarketingManager_SeesAcceptRejectAndConvertOffWithTheReason)
{
    fixture.session().setUser(*UserRepository(fixture.db()).find(fixture.team().marketingManager));
    select(fixture.addLead(aLead()));

    EXPECT_FALSE(actions.acceptAction()->isEnabled());
    EXPECT_FALSE(actions.rejectAction()->isEnabled());
    EXPECT_TRUE(actions.logActivityAction()->isEnabled());
    EXPECT_TRUE(actions.acceptAction()->toolTip().contains(QStringLiteral("may not accept leads")))
        << actions.acceptAction()->toolTip().toStdString();

    fixture.session().setUser(*UserRepository(fixture.db()).find(fixture.team().sdr));
    EXPECT_TRUE(actions.acceptAction()->isEnabled());
    EXPECT_FALSE(actions.acceptAction()->toolTip().contains(QStringLiteral("may not")));
}

TEST_F(LeadActionsTest, SetLead_None_DisablesEverything)
{
    actions.setLead(std::nullopt);

    for (QAction *action : actions.actions())
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
}

TEST_F(LeadActionsTest, AcceptAction_Mql_StoresSalAndSignalsTheChange)
{
    const qint64 id = fixture.addLead(aLead());
    select(id);
    QSignalSpy changed(&actions, &LeadActions::leadChanged);

    actions.acceptAction()->trigger();

    EXPECT_EQ(fixture.lead(id).stage, Stage::Sal);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), id);
    EXPECT_TRUE(prompter.errors.empty());
}

TEST_F(LeadActionsTest, LogActivityAction_ChoiceGiven_StoresTheActivity)
{
    const qint64 id = fixture.addLead(aLead());
    select(id);
    prompter.activity =
        ActivityChoice{ActivityType::Call, QStringLiteral("voicemail"), QStringLiteral("Left a message")};

    actions.logActivityAction()->trigger();

    auto activities = LeadRepository(fixture.db()).activities(id);
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 1u);
    EXPECT_EQ(activities->front().type, ActivityType::Call);
    EXPECT_EQ(activities->front().outcome, QStringLiteral("voicemail"));
    EXPECT_EQ(activities->front().note, QStringLiteral("Left a message"));
    EXPECT_EQ(activities->front().userId, fixture.team().sdr);
}

TEST_F(LeadActionsTest, RejectAction_Cancelled_ChangesNothing)
{
    const qint64 id = fixture.addLead(aLead());
    select(id);
    QSignalSpy changed(&actions, &LeadActions::leadChanged);

    actions.rejectAction()->trigger();

    EXPECT_EQ(prompter.questions, 1);
    EXPECT_FALSE(prompter.offeredReasons.empty());
    EXPECT_EQ(fixture.lead(id).stage, Stage::Mql);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(LeadActionsTest, ConvertAction_Sal_StoresOpportunityInCents)
{
    const qint64 id = fixture.addLead(aLead().stage(Stage::Sal));
    select(id);
    prompter.conversion = ConversionChoice{test::qualified(4'500'050, QStringLiteral("Budget approved"))};

    actions.convertAction()->trigger();

    EXPECT_EQ(fixture.lead(id).stage, Stage::Sql);
    auto opportunity = LeadRepository(fixture.db()).opportunity(id);
    ASSERT_TRUE(opportunity.ok());
    ASSERT_TRUE(opportunity->has_value());
    EXPECT_EQ((*opportunity)->valueCents, 4'500'050);
    EXPECT_EQ((*opportunity)->note, QStringLiteral("Budget approved"));
}

TEST_F(LeadActionsTest, ConvertAction_Sal_OffersTheEffectiveChecklistAndStoresTheAnswers)
{
    const qint64 id = fixture.addLead(aLead().stage(Stage::Sal));
    select(id);
    Conversion conversion = test::qualified(2'000'000);
    conversion.answers.front().note = QStringLiteral("Budget signed off");
    conversion.expectedClose = QDate(2026, 6, 30);
    prompter.conversion = ConversionChoice{conversion};

    actions.convertAction()->trigger();

    ASSERT_EQ(prompter.offeredChecklist.size(), 5u); // four required, the champion optional
    EXPECT_EQ(prompter.offeredChecklist.front().id, QStringLiteral("budget"));
    EXPECT_TRUE(prompter.errors.empty());
    OpportunityRepository opportunities(fixture.db());
    auto answers = opportunities.answers(id);
    ASSERT_TRUE(answers.ok()) << answers.error().message.toStdString();
    ASSERT_EQ(answers->size(), 5u);
    EXPECT_EQ(answers->front().answer.value, ChecklistAnswer::Value::Yes);
    EXPECT_EQ(answers->front().answer.note, QStringLiteral("Budget signed off"));
    EXPECT_EQ(*opportunities.expectedClose(id), QDate(2026, 6, 30));
}

TEST_F(LeadActionsTest, ConvertAction_RequiredItemNotYes_ShowsTheGateAndStoresNothing)
{
    const qint64 id = fixture.addLead(aLead().stage(Stage::Sal));
    select(id);
    Conversion conversion = test::qualified(2'000'000);
    conversion.answers.front().value = ChecklistAnswer::Value::Unknown;
    prompter.conversion = ConversionChoice{conversion};

    actions.convertAction()->trigger();

    ASSERT_EQ(prompter.errors.size(), 1u);
    EXPECT_EQ(prompter.errors.front().kind, ErrorKind::ReasonRequired);
    EXPECT_EQ(fixture.lead(id).stage, Stage::Sal);
}

TEST_F(LeadActionsTest, SetLead_Sql_EnablesWonLostAndCommentOnly)
{
    opportunity();

    EXPECT_TRUE(actions.markWonAction()->isEnabled());
    EXPECT_TRUE(actions.markLostAction()->isEnabled());
    EXPECT_TRUE(actions.commentAction()->isEnabled());
    EXPECT_FALSE(actions.convertAction()->isEnabled());
    EXPECT_FALSE(actions.acceptAction()->isEnabled());
    EXPECT_FALSE(actions.logActivityAction()->isEnabled());
}

TEST_F(LeadActionsTest, SetLead_Sal_WonAndLostDisabled)
{
    select(fixture.addLead(aLead().stage(Stage::Sal)));

    EXPECT_FALSE(actions.markWonAction()->isEnabled());
    EXPECT_FALSE(actions.markLostAction()->isEnabled());
    EXPECT_TRUE(actions.commentAction()->isEnabled());
}

TEST_F(LeadActionsTest, MarkWonAction_Sql_ClosesTheOpportunityWon)
{
    const qint64 id = opportunity();
    prompter.closingReason = QStringLiteral("Champion in finance");
    QSignalSpy changed(&actions, &LeadActions::leadChanged);

    actions.markWonAction()->trigger();

    ASSERT_EQ(prompter.askedWon, std::optional<bool>(true));
    EXPECT_TRUE(prompter.errors.empty());
    EXPECT_EQ(changed.count(), 1);
    auto closing = OpportunityRepository(fixture.db()).closing(id);
    ASSERT_TRUE(closing.ok());
    ASSERT_TRUE(closing->has_value());
    EXPECT_TRUE((*closing)->won);
    EXPECT_EQ((*closing)->reason, QStringLiteral("Champion in finance"));
    EXPECT_EQ((*closing)->closedBy, fixture.team().sdr);
}

TEST_F(LeadActionsTest, MarkLostAction_Sql_ClosesTheOpportunityLostWithItsReason)
{
    const qint64 id = opportunity();
    prompter.closingReason = QStringLiteral("Went with a competitor");

    actions.markLostAction()->trigger();

    ASSERT_EQ(prompter.askedWon, std::optional<bool>(false));
    auto closing = OpportunityRepository(fixture.db()).closing(id);
    ASSERT_TRUE(closing.ok() && closing->has_value());
    EXPECT_FALSE((*closing)->won);
    EXPECT_EQ((*closing)->reason, QStringLiteral("Went with a competitor"));
}

TEST_F(LeadActionsTest, MarkLostAction_NoReason_ShowsTheRefusalAndStaysOpen)
{
    const qint64 id = opportunity();
    prompter.closingReason = QStringLiteral("  ");
    QSignalSpy stale(&actions, &LeadActions::leadStale);

    actions.markLostAction()->trigger();

    ASSERT_EQ(prompter.errors.size(), 1u);
    EXPECT_EQ(prompter.errors.front().kind, ErrorKind::ReasonRequired);
    EXPECT_EQ(stale.count(), 1);
    EXPECT_FALSE(OpportunityRepository(fixture.db()).closing(id)->has_value());
}

TEST_F(LeadActionsTest, MarkWonAction_Cancelled_ChangesNothing)
{
    const qint64 id = opportunity();

    actions.markWonAction()->trigger();

    EXPECT_EQ(prompter.questions, 1);
    EXPECT_TRUE(prompter.errors.empty());
    EXPECT_FALSE(OpportunityRepository(fixture.db()).closing(id)->has_value());
}

TEST_F(LeadActionsTest, MarkWonAction_ClosedAlready_ShowsTheConflict)
{
    const qint64 id = opportunity();
    ASSERT_TRUE(LeadService(fixture.db(), fixture.clock())
                    .closeOpportunity(id, fixture.team().sdr, false, QStringLiteral("No budget"))
                    .ok());
    select(id);
    prompter.closingReason = QString();

    actions.markWonAction()->trigger();

    ASSERT_EQ(prompter.errors.size(), 1u);
    EXPECT_EQ(prompter.errors.front().kind, ErrorKind::Conflict);
    EXPECT_FALSE((*OpportunityRepository(fixture.db()).closing(id))->won);
}

TEST_F(LeadActionsTest, SetLead_ClosedOpportunity_DisablesWonAndLost)
{
    const qint64 id = opportunity();
    const Lead lead = fixture.lead(id);
    actions.setLead(SelectedLead{id, lead.version, lead.stage, lead.person.name, true});

    EXPECT_FALSE(actions.markWonAction()->isEnabled());
    EXPECT_FALSE(actions.markLostAction()->isEnabled());
    EXPECT_TRUE(actions.commentAction()->isEnabled());
}

TEST_F(LeadActionsTest, CommentAction_Given_AddsItToTheThread)
{
    const qint64 id = fixture.addLead(aLead());
    select(id);
    prompter.comment = QStringLiteral("Asked for a call next week");
    QSignalSpy changed(&actions, &LeadActions::leadChanged);

    actions.commentAction()->trigger();

    EXPECT_EQ(changed.count(), 1);
    auto thread = RejectionReviewService(fixture.db(), fixture.clock()).thread(id);
    ASSERT_TRUE(thread.ok());
    ASSERT_EQ(thread->size(), 1u);
    EXPECT_EQ(thread->front().body, QStringLiteral("Asked for a call next week"));
    EXPECT_EQ(thread->front().authorId, fixture.team().sdr);
}

TEST_F(LeadActionsTest, AcceptAction_LeadChangedMeanwhile_ShowsConflictAndStoresNothing)
{
    const qint64 id = fixture.addLead(aLead());
    select(id); // the version read now goes stale below
    LeadService service(fixture.db(), fixture.clock());
    ASSERT_TRUE(service
                    .logActivity(id, fixture.team().otherSdr, ActivityType::Call, QStringLiteral("connected"),
                                 QStringLiteral("Colleague's call"))
                    .ok());
    QSignalSpy stale(&actions, &LeadActions::leadStale);

    actions.acceptAction()->trigger();

    ASSERT_EQ(prompter.errors.size(), 1u);
    EXPECT_EQ(prompter.errors.front().kind, ErrorKind::Conflict);
    EXPECT_FALSE(prompter.errors.front().message.isEmpty());
    EXPECT_EQ(stale.count(), 1);
    EXPECT_EQ(fixture.lead(id).stage, Stage::Mql);
}

} // namespace
} // namespace baton::test
