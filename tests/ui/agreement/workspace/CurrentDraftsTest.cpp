#include "agreement/CurrentDrafts.h"

#include "AgreementSteps.h"
#include "UiFixture.h"

#include <gtest/gtest.h>

namespace baton::test {
namespace {

TEST(CurrentDrafts, From_LatestDraftOfEachTeamInThisRound)
{
    UiFixture fixture;
    AgreementSteps steps(fixture);
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(60));
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(60));

    const auto drafts = CurrentDrafts::from(*steps.service().list(), *steps.service().effective());

    ASSERT_TRUE(drafts.complete());
    EXPECT_EQ(drafts.marketing->number, 3);
    EXPECT_EQ(drafts.sales->number, 2);
}

TEST(CurrentDrafts, From_AfterAgreement_EarlierDraftsAreHistory)
{
    UiFixture fixture;
    AgreementSteps steps(fixture);
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(55));
    const int proposal = steps.propose(1, 2);
    steps.sign(proposal, fixture.team().marketingManager);
    steps.sign(proposal, fixture.team().salesManager);
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(70));

    const auto drafts = CurrentDrafts::from(*steps.service().list(), *steps.service().effective());

    EXPECT_FALSE(drafts.marketing.has_value());
    ASSERT_TRUE(drafts.sales.has_value());
    EXPECT_EQ(drafts.sales->number, 4);
}

} // namespace
} // namespace baton::test
