#include "agreement/DraftsPanel.h"

#include "AgreementSteps.h"
#include "ModalDialogResponder.h"
#include "UiFixture.h"
#include "agreement/DefinitionDiffModel.h"
#include "agreement/DefinitionDiffView.h"
#include "agreement/editor/DefinitionEditor.h"
#include "agreement/editor/DefinitionEditorDialog.h"

#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class DraftsPanelTest : public ::testing::Test {
protected:
    UiFixture fixture;
    AgreementSteps steps{fixture};
    DraftsPanel panel{fixture.session()};
};

TEST_F(DraftsPanelTest, EditMarketingsDraft_SavedInTheEditor_StoredAsTheCurrentUsersMarketingDraft)
{
    steps.actAs(fixture.team().marketingManager);
    panel.refresh();
    QSignalSpy changed(&panel, &DraftsPanel::versionsChanged);
    QString title;
    bool startedFromDefaults = false;
    ModalDialogResponder responder([&](QDialog &dialog) {
        auto *editor = qobject_cast<DefinitionEditorDialog *>(&dialog);
        ASSERT_NE(editor, nullptr);
        title = editor->windowTitle();
        startedFromDefaults = editor->definition() == Definition::defaults();
        editor->editor()->setDefinition(AgreementSteps::withMinFit(60));
        editor->accept();
    });

    panel.editMarketingButton()->click();

    EXPECT_EQ(responder.answered(), "baton::DefinitionEditorDialog");
    EXPECT_TRUE(title.contains(QStringLiteral("marketing's draft"))) << title.toStdString();
    EXPECT_TRUE(startedFromDefaults);
    auto stored = steps.service().find(1);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->team, DefinitionTeam::Marketing);
    EXPECT_EQ(stored->createdBy, fixture.team().marketingManager);
    EXPECT_EQ(stored->definition.mqlRule.minFit, 60);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(panel.statusText(), QStringLiteral("Stored marketing's draft as version 1."));
    ASSERT_TRUE(panel.drafts().marketing.has_value());
    // Marketing's draft against the defaults sales has not changed yet.
    EXPECT_TRUE(
        panel.diffView()->model()->findRule(QStringLiteral("mqlRule"), QStringLiteral("mql")).isValid());
}

TEST_F(DraftsPanelTest, EditSalesDraft_CancelledInTheEditor_NothingStored)
{
    steps.actAs(fixture.team().salesManager);
    panel.refresh();
    ModalDialogResponder responder; // Cancel

    panel.editSalesButton()->click();

    EXPECT_EQ(responder.answered(), "baton::DefinitionEditorDialog");
    EXPECT_TRUE(steps.service().list()->empty());
}

TEST_F(DraftsPanelTest, Reconcile_DraftsDiffer_EditorStartsFromMarketingsDraftAndProposalIsStored)
{
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(65));
    steps.actAs(fixture.team().admin);
    panel.refresh();
    QSignalSpy proposed(&panel, &DraftsPanel::proposalStored);
    QString title;
    int startMinFit = 0;
    ModalDialogResponder responder([&](QDialog &dialog) {
        auto *editor = qobject_cast<DefinitionEditorDialog *>(&dialog);
        ASSERT_NE(editor, nullptr);
        title = editor->windowTitle();
        startMinFit = editor->definition().mqlRule.minFit;
        editor->editor()->setDefinition(AgreementSteps::withMinFit(60));
        editor->accept();
    });

    ASSERT_TRUE(panel.reconcileButton()->isEnabled());
    panel.reconcileButton()->click();

    EXPECT_TRUE(title.startsWith(QStringLiteral("Reconcile drafts 1 and 2 into a proposal")))
        << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("marketing's draft"))) << title.toStdString();
    EXPECT_EQ(startMinFit, 55);
    ASSERT_EQ(proposed.count(), 1);
    EXPECT_EQ(proposed.constFirst().at(0).toInt(), 3);
    auto proposal = steps.service().find(3);
    ASSERT_TRUE(proposal.ok());
    EXPECT_EQ(proposal->kind, VersionKind::Proposal);
    EXPECT_EQ(proposal->definition.mqlRule.minFit, 60);
    EXPECT_EQ(proposal->createdBy, fixture.team().admin);
}

} // namespace
} // namespace baton::test
