#include "actions/LeadActions.h"

#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "services/LeadService.h"
#include "storage/LeadRepository.h"

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
