#include "agreement/editor/DefinitionEditorDialog.h"

#include "SampleDefinition.h"
#include "agreement/editor/DefinitionEditor.h"
#include "agreement/editor/FitRuleModel.h"
#include "agreement/editor/RuleTablePage.h"
#include "agreement/editor/SlaTierModel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace baton::test {
namespace {

QPushButton *saveButton(const DefinitionEditorDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

DefinitionTableModel *fitRules(const DefinitionEditorDialog &dialog)
{
    return dialog.editor()->findChild<RuleTablePage *>(QStringLiteral("fitRulesPage"))->model();
}

TEST(DefinitionEditorDialog, Open_ValidDefinition_ShowsItWithSaveEnabled)
{
    DefinitionEditorDialog dialog(QStringLiteral("Edit your draft"), sampleDefinition());

    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit your draft"));
    EXPECT_TRUE(dialog.definition() == sampleDefinition());
    ASSERT_NE(saveButton(dialog), nullptr);
    EXPECT_TRUE(saveButton(dialog)->isEnabled());
    // Roomy where the screen allows it, never larger than the screen.
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    EXPECT_GE(dialog.width(), std::min(900, screen.width() * 9 / 10));
    EXPECT_GE(dialog.height(), std::min(600, screen.height() * 9 / 10));
    EXPECT_LE(dialog.width(), screen.width());
    EXPECT_LE(dialog.height(), screen.height());
}

TEST(DefinitionEditorDialog, InvalidEdit_DisablesSaveUntilFixed)
{
    DefinitionEditorDialog dialog(QStringLiteral("Edit"), sampleDefinition());
    DefinitionTableModel *model = fitRules(dialog);

    ASSERT_TRUE(model->setData(model->index(2, FitRuleModel::IdColumn), QStringLiteral("mid_market")));
    EXPECT_FALSE(saveButton(dialog)->isEnabled());
    ASSERT_TRUE(dialog.editor()->problem().has_value());
    EXPECT_TRUE(dialog.editor()->problem()->contains(QStringLiteral("fitRules[2] (\"Enterprise size\")")));

    ASSERT_TRUE(model->setData(model->index(2, FitRuleModel::IdColumn), QStringLiteral("large")));
    EXPECT_TRUE(saveButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.definition().fitRules[2].id, QStringLiteral("large"));
}

TEST(DefinitionEditorDialog, OpenWithInvalidDefinition_SaveStartsDisabled)
{
    Definition broken = sampleDefinition();
    broken.slaTiers[0].responseMinutes = 0;
    DefinitionEditorDialog dialog(QStringLiteral("Edit"), broken);

    EXPECT_FALSE(saveButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.editor()->problem()->contains(QStringLiteral("\"responseMinutes\" must be above 0")));
}

TEST(DefinitionEditorDialog, Save_AcceptsWithTheEditedDefinition)
{
    DefinitionEditorDialog dialog(QStringLiteral("Edit"), sampleDefinition());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    DefinitionTableModel *model = fitRules(dialog);
    ASSERT_TRUE(model->setData(model->index(0, FitRuleModel::PointsColumn), 30));

    saveButton(dialog)->click();

    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.definition().fitRules[0].points, 30);
}

TEST(DefinitionEditorDialog, Destroy_WithACellStillBeingEdited_ClosesCleanly)
{
    auto dialog = std::make_unique<DefinitionEditorDialog>(QStringLiteral("Edit"), sampleDefinition());
    dialog->show();
    auto *page = dialog->editor()->findChild<RuleTablePage *>(QStringLiteral("slaTiersPage"));
    dialog->editor()->findChild<QTabWidget *>()->setCurrentWidget(page);
    page->view()->edit(page->model()->index(0, SlaTierModel::EventsColumn));
    QCoreApplication::processEvents(); // the editor takes the focus
    ASSERT_NE(page->view()->indexWidget(page->model()->index(0, SlaTierModel::EventsColumn)), nullptr);

    // The open editor commits as the table goes; nothing may call back into the half-destroyed dialog.
    dialog.reset();
    SUCCEED();
}

} // namespace
} // namespace baton::test
