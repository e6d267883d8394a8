#include "agreement/AgreementWorkspace.h"

#include "AgreementSteps.h"
#include "LeadSpecBuilder.h"
#include "ModalDialogResponder.h"
#include "UiFixture.h"
#include "agreement/DefinitionDiffView.h"
#include "agreement/DraftsPanel.h"
#include "agreement/EffectiveVersionBanner.h"
#include "agreement/HistoryPanel.h"
#include "agreement/ProposalSignOff.h"
#include "agreement/ReevaluationPanel.h"
#include "agreement/SignOffPanel.h"
#include "agreement/VersionHistoryModel.h"
#include "services/ReevaluationService.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class AgreementWorkspaceTest : public ::testing::Test {
protected:
    /// Drafts 1 and 2 agree; proposal 3 waits for signatures.
    int openProposal(const Definition &definition)
    {
        fixture.clock().set(referenceTime().addDays(-3));
        const int marketing = steps.draft(DefinitionTeam::Marketing, definition);
        fixture.clock().set(referenceTime().addSecs(-4 * 3600));
        const int sales = steps.draft(DefinitionTeam::Sales, definition);
        const int proposal = steps.propose(marketing, sales);
        fixture.clock().set(referenceTime());
        return proposal;
    }

    QPushButton *signButton(AgreementWorkspace &workspace, int proposal, Role role)
    {
        ProposalSignOff *card = workspace.signOffPanel()->proposal(proposal);
        EXPECT_NE(card, nullptr);
        return card ? card->signButton(role) : nullptr;
    }

    UiFixture fixture;
    AgreementSteps steps{fixture};
};

TEST_F(AgreementWorkspaceTest, Open_NothingSigned_BannerSaysBuiltInDefaultsApply)
{
    AgreementWorkspace workspace(fixture.session());

    EXPECT_TRUE(workspace.banner()->text().contains(QStringLiteral("built-in defaults (version 0)")));
    EXPECT_TRUE(
        workspace.banner()->text().contains(QStringLiteral("until a marketing manager and a sales manager")));
    EXPECT_EQ(workspace.tabs()->count(), 4);
    EXPECT_FALSE(workspace.reevaluationPanel()->isVisibleTo(&workspace)); // nothing to apply
}

TEST_F(AgreementWorkspaceTest, SignTwiceThroughTheButtons_ProposalEffectiveAndBannerShowsIt)
{
    const int proposal = openProposal(AgreementSteps::withMinFit(55));
    AgreementWorkspace workspace(fixture.session());
    workspace.resize(1280, 800);
    workspace.show();
    EXPECT_EQ(workspace.tabs()->tabText(1), QStringLiteral("&Sign-off (1)"));

    steps.actAs(fixture.team().marketingManager);
    QPushButton *marketing = signButton(workspace, proposal, Role::MarketingManager);
    ASSERT_NE(marketing, nullptr);
    EXPECT_TRUE(marketing->isEnabled());
    QTest::mouseClick(marketing, Qt::LeftButton);
    EXPECT_FALSE(signButton(workspace, proposal, Role::MarketingManager)->isEnabled());
    EXPECT_TRUE(workspace.banner()->text().contains(QStringLiteral("version 0")));

    fixture.clock().advanceSeconds(3600);
    steps.actAs(fixture.team().salesManager);
    QPushButton *sales = signButton(workspace, proposal, Role::SalesManager);
    ASSERT_NE(sales, nullptr);
    EXPECT_TRUE(sales->isEnabled());
    QTest::mouseClick(sales, Qt::LeftButton);

    const QString banner = workspace.banner()->text();
    EXPECT_TRUE(banner.startsWith(QStringLiteral("Effective: version %1 since").arg(proposal)))
        << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("agreed in 3 days 1 hour"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("Signed by Mark Okafor (marketing manager) on ")))
        << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral(" and Sally Brooks (sales manager) on ")))
        << banner.toStdString();
    EXPECT_TRUE(workspace.signOffPanel()->proposals().empty());
    EXPECT_EQ(workspace.tabs()->tabText(1), QStringLiteral("&Sign-off"));
    const VersionHistoryModel *history = workspace.historyPanel()->model();
    EXPECT_EQ(history->index(history->rowOf(proposal), VersionHistoryModel::StatusColumn).data().toString(),
              QStringLiteral("Effective"));

    // The new version is applied to the nurture leads at once.
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.reevaluationPanel()->isRunning(), 10000);
    EXPECT_TRUE(workspace.reevaluationPanel()->messageText().contains(
        QStringLiteral("handed over under version %1").arg(proposal)))
        << workspace.reevaluationPanel()->messageText().toStdString();
    EXPECT_FALSE(*ReevaluationService(fixture.db(), fixture.clock()).pending());
}

TEST_F(AgreementWorkspaceTest, SeeWhatItChanges_OpenProposal_HistoryComparesItWithTheEffectiveVersion)
{
    const int proposal = openProposal(AgreementSteps::withMinFit(55));
    AgreementWorkspace workspace(fixture.session());
    ProposalSignOff *card = workspace.signOffPanel()->proposal(proposal);
    ASSERT_NE(card, nullptr);

    QTest::mouseClick(card->compareButton(), Qt::LeftButton);

    EXPECT_EQ(workspace.tabs()->currentWidget(), workspace.historyPanel());
    const QString summary = workspace.historyPanel()->diffView()->summary();
    EXPECT_TRUE(summary.startsWith(
        QStringLiteral("1 difference between the built-in defaults (version 0) and version %1")
            .arg(proposal)))
        << summary.toStdString();
}

TEST_F(AgreementWorkspaceTest, Signing_NurtureLeadsMeetTheNewRule_HandedOverAndLeadsChanged)
{
    const qint64 lead = fixture.addLead(aLead(QStringLiteral("Nora Nurture")).stage(Stage::Nurture));
    Definition lowBar = Definition::defaults();
    lowBar.mqlRule.minFit = 0;
    lowBar.mqlRule.minEngagement = 0;
    const int proposal = openProposal(lowBar);
    steps.sign(proposal, fixture.team().marketingManager);
    AgreementWorkspace workspace(fixture.session());
    QSignalSpy leadsChanged(&workspace, &AgreementWorkspace::leadsChanged);
    steps.actAs(fixture.team().salesManager);

    signButton(workspace, proposal, Role::SalesManager)->click();

    ASSERT_TRUE(leadsChanged.count() == 1 || leadsChanged.wait(10000));
    EXPECT_EQ(workspace.reevaluationPanel()->messageText(),
              QStringLiteral("1 of 1 nurture lead handed over under version %1.").arg(proposal));
    EXPECT_EQ(fixture.lead(lead).stage, Stage::Mql);
}

TEST_F(AgreementWorkspaceTest, PendingReevaluation_BannerButtonRunsIt)
{
    const int proposal = openProposal(AgreementSteps::withMinFit(55));
    steps.sign(proposal, fixture.team().marketingManager);
    steps.sign(proposal, fixture.team().salesManager); // signed elsewhere: nothing ran yet
    AgreementWorkspace workspace(fixture.session());
    ReevaluationPanel *panel = workspace.reevaluationPanel();
    QSignalSpy finished(panel, &ReevaluationPanel::finished);

    ASSERT_TRUE(panel->isVisibleTo(&workspace));
    ASSERT_TRUE(panel->runButton()->isVisibleTo(&workspace));
    panel->runButton()->click();

    ASSERT_TRUE(finished.count() == 1 || finished.wait(10000));
    EXPECT_TRUE(panel->messageText().contains(QStringLiteral("under version %1").arg(proposal)));
    EXPECT_FALSE(panel->runButton()->isVisibleTo(&workspace));
}

TEST_F(AgreementWorkspaceTest, DraftButtons_FollowTheRole)
{
    AgreementWorkspace workspace(fixture.session());
    DraftsPanel *drafts = workspace.draftsPanel();
    const auto enabled = [&] {
        return std::tuple(drafts->editMarketingButton()->isEnabled(), drafts->editSalesButton()->isEnabled());
    };

    EXPECT_EQ(enabled(), std::tuple(false, false)); // sam.sdr
    steps.actAs(fixture.team().marketingManager);
    EXPECT_EQ(enabled(), std::tuple(true, false));
    steps.actAs(fixture.team().salesManager);
    EXPECT_EQ(enabled(), std::tuple(false, true));
    steps.actAs(fixture.team().admin);
    EXPECT_EQ(enabled(), std::tuple(true, true));
    EXPECT_FALSE(drafts->reconcileButton()->isEnabled()); // no drafts yet
}

TEST_F(AgreementWorkspaceTest, Reconcile_IdenticalDrafts_ProposedAsTheyAreAfterConfirmation)
{
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(55));
    AgreementWorkspace workspace(fixture.session());
    steps.actAs(fixture.team().sdr);
    EXPECT_FALSE(workspace.draftsPanel()->reconcileButton()->isEnabled());
    steps.actAs(fixture.team().salesManager);
    ASSERT_TRUE(workspace.draftsPanel()->reconcileButton()->isEnabled());

    ModalDialogResponder responder([](QDialog &dialog) {
        auto *box = qobject_cast<QMessageBox *>(&dialog);
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    workspace.draftsPanel()->reconcileButton()->click();

    EXPECT_EQ(responder.answered(), "QMessageBox");
    auto proposal = steps.service().find(3);
    ASSERT_TRUE(proposal.ok());
    EXPECT_EQ(proposal->kind, VersionKind::Proposal);
    EXPECT_EQ(proposal->status, VersionStatus::Proposed);
    EXPECT_EQ(proposal->createdBy, fixture.team().salesManager);
    EXPECT_EQ(workspace.signOffPanel()->proposals().size(), 1U);
    EXPECT_EQ(workspace.tabs()->currentIndex(), 1); // on to the sign-off
}

} // namespace
} // namespace baton::test
