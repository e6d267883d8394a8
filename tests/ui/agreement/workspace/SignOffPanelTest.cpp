#include "agreement/SignOffPanel.h"

#include "AgreementSteps.h"
#include "UiFixture.h"
#include "agreement/ProposalSignOff.h"

#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class SignOffPanelTest : public ::testing::Test {
protected:
    SignOffPanelTest()
    {
        const int marketing = steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
        const int sales = steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(55));
        proposal = steps.propose(marketing, sales);
        panel.refresh();
    }

    QPushButton *button(Role role) const
    {
        ProposalSignOff *card = panel.proposal(proposal);
        EXPECT_NE(card, nullptr);
        return card ? card->signButton(role) : nullptr;
    }

    UiFixture fixture;
    AgreementSteps steps{fixture};
    int proposal = 0;
    SignOffPanel panel{fixture.session()};
};

TEST_F(SignOffPanelTest, Buttons_EnabledOnlyForTheMatchingRole)
{
    ASSERT_EQ(panel.proposals().size(), 1U);

    // sam.sdr
    EXPECT_FALSE(button(Role::MarketingManager)->isEnabled());
    EXPECT_FALSE(button(Role::SalesManager)->isEnabled());

    steps.actAs(fixture.team().marketingManager);
    EXPECT_TRUE(button(Role::MarketingManager)->isEnabled());
    EXPECT_FALSE(button(Role::SalesManager)->isEnabled());

    steps.actAs(fixture.team().salesManager);
    EXPECT_FALSE(button(Role::MarketingManager)->isEnabled());
    EXPECT_TRUE(button(Role::SalesManager)->isEnabled());

    steps.actAs(fixture.team().admin); // admins propose but do not sign
    EXPECT_FALSE(button(Role::MarketingManager)->isEnabled());
    EXPECT_FALSE(button(Role::SalesManager)->isEnabled());
}

TEST_F(SignOffPanelTest, SignAsMarketing_ButtonDisabledAfterwardsAndSignatureShown)
{
    steps.actAs(fixture.team().marketingManager);

    button(Role::MarketingManager)->click();

    EXPECT_EQ(panel.statusText(), QStringLiteral("Signed version %1 as marketing manager.").arg(proposal));
    ASSERT_EQ(panel.proposals().size(), 1U);
    EXPECT_FALSE(button(Role::MarketingManager)->isEnabled());
    EXPECT_TRUE(panel.proposal(proposal)->text().contains(
        QStringLiteral("Marketing manager: signed by Mark Okafor")));
    EXPECT_TRUE(panel.proposal(proposal)->text().contains(QStringLiteral("Sales manager: not signed yet")));

    // Another marketing manager could not sign for the role again; the sales manager still can.
    steps.actAs(fixture.team().salesManager);
    EXPECT_FALSE(button(Role::MarketingManager)->isEnabled());
    EXPECT_TRUE(button(Role::SalesManager)->isEnabled());
}

TEST_F(SignOffPanelTest, SecondSignature_ProposalLeavesTheListAndBecomesEffective)
{
    steps.sign(proposal, fixture.team().marketingManager);
    panel.refresh();
    steps.actAs(fixture.team().salesManager);
    QSignalSpy effective(&panel, &SignOffPanel::versionBecameEffective);

    button(Role::SalesManager)->click();

    ASSERT_EQ(effective.count(), 1);
    EXPECT_EQ(effective.constFirst().at(0).toInt(), proposal);
    EXPECT_TRUE(panel.proposals().empty());
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("is now the effective definition")));
    EXPECT_EQ(steps.service().effective()->number, proposal);
}

} // namespace
} // namespace baton::test
