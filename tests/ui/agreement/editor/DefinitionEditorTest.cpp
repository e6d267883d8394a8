#include "agreement/editor/DefinitionEditor.h"

#include "SampleDefinition.h"
#include "agreement/ContextField.h"
#include "agreement/DefinitionJson.h"
#include "agreement/editor/CheckListWidget.h"
#include "agreement/editor/FitRuleModel.h"
#include "agreement/editor/MeaningfulContactPage.h"
#include "agreement/editor/MqlRulePage.h"
#include "agreement/editor/RuleTablePage.h"
#include "agreement/editor/SlaTierModel.h"
#include "agreement/editor/TargetModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QListWidgetItem *choice(CheckListWidget *list, const QString &label)
{
    const auto found = list->findItems(label, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

class DefinitionEditorTest : public ::testing::Test {
protected:
    DefinitionEditorTest() { editor.setDefinition(sampleDefinition()); }

    RuleTablePage *page(const char *name) const { return editor.findChild<RuleTablePage *>(name); }
    QModelIndex fitCell(int row, FitRuleModel::Column column) const
    {
        return page("fitRulesPage")->model()->index(row, column);
    }
    QLabel *problemLabel() const { return editor.findChild<QLabel *>(QStringLiteral("problemLabel")); }
    /// What `batonctl definition import` says about the same content.
    static QString importProblem(const Definition &definition)
    {
        const auto parsed = DefinitionJson::fromJson(DefinitionJson::toJson(definition), "definition");
        return parsed.ok() ? QString() : parsed.error().message;
    }

    DefinitionEditor editor;
};

TEST_F(DefinitionEditorTest, SetDefinition_Defaults_ReadsBackUnchangedWithoutProblem)
{
    editor.setDefinition(Definition::defaults());
    EXPECT_TRUE(editor.definition() == Definition::defaults())
        << DefinitionJson::toJson(editor.definition()).constData();
    EXPECT_EQ(editor.problem(), std::nullopt);

    editor.setDefinition(sampleDefinition());
    EXPECT_TRUE(editor.definition() == sampleDefinition())
        << DefinitionJson::toJson(editor.definition()).constData();
    EXPECT_EQ(editor.problem(), std::nullopt);
    EXPECT_TRUE(problemLabel()->isHidden());

    const auto *tabs = editor.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 9);
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("Fit (ICP)"));
    EXPECT_EQ(tabs->tabText(7), QStringLiteral("SLA tiers"));
    EXPECT_EQ(tabs->tabText(8), QStringLiteral("Targets"));
}

TEST_F(DefinitionEditorTest, SetDefinition_ListsInTheirOwnOrder_ReadBackInThatOrder)
{
    Definition definition = sampleDefinition();
    definition.requiredFields = {"campaign", "email"};
    definition.meaningfulContacts = {{ActivityType::Meeting, {"held", "scheduled"}},
                                     {ActivityType::Call, {"connected"}}};
    definition.mqlRule.fastTrackEvents = {EventType::EventVisit, EventType::DemoRequest};
    definition.slaTiers[1].events = {EventType::FormSubmit, EventType::ContentDownload};
    editor.setDefinition(definition);

    EXPECT_TRUE(editor.definition() == definition) << DefinitionJson::toJson(editor.definition()).constData();
}

TEST_F(DefinitionEditorTest, SetDefinition_IsNotAnEdit)
{
    QSignalSpy changed(&editor, &DefinitionEditor::changed);
    editor.setDefinition(Definition{});

    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(editor.definition() == Definition{});
}

TEST_F(DefinitionEditorTest, TableButtons_AddRemoveMove_ChangeTheDefinitionAndSignal)
{
    QSignalSpy changed(&editor, &DefinitionEditor::changed);
    RuleTablePage *fit = page("fitRulesPage");
    ASSERT_NE(fit, nullptr);
    EXPECT_FALSE(fit->removeButton()->isEnabled()); // nothing selected yet

    fit->selectRow(0);
    EXPECT_FALSE(fit->upButton()->isEnabled());
    fit->downButton()->click();
    EXPECT_EQ(editor.definition().fitRules[1].id, QStringLiteral("icp_industry"));
    fit->upButton()->click();
    EXPECT_EQ(editor.definition().fitRules[0].id, QStringLiteral("icp_industry"));

    fit->addButton()->click(); // below the selected rule
    ASSERT_EQ(editor.definition().fitRules.size(), sampleDefinition().fitRules.size() + 1);
    EXPECT_EQ(editor.definition().fitRules[1].id, QStringLiteral("new_rule"));

    fit->removeButton()->click(); // the new, selected rule
    EXPECT_TRUE(editor.definition() == sampleDefinition());
    EXPECT_EQ(changed.count(), 4);
}

TEST_F(DefinitionEditorTest, EveryTablePage_AddThenRemove_AddsOneRowToItsPart)
{
    const auto sizes = [this] {
        const Definition d = editor.definition();
        return std::vector<size_t>{d.fitRules.size(), d.engagementRules.size(), d.checklist.size(),
                                   d.reasons.size(),  d.slaTiers.size(),        d.targets.size()};
    };
    const std::vector<size_t> before = sizes();
    const char *pages[] = {"fitRulesPage", "engagementRulesPage", "checklistPage",
                           "reasonsPage",  "slaTiersPage",        "targetsPage"};
    for (size_t i = 0; i < std::size(pages); ++i) {
        RuleTablePage *table = page(pages[i]);
        ASSERT_NE(table, nullptr) << pages[i];
        table->addButton()->click();
        std::vector<size_t> expected = before;
        ++expected[i];
        EXPECT_EQ(sizes(), expected) << pages[i];
        table->removeButton()->click();
        EXPECT_EQ(sizes(), before) << pages[i];
    }
}

TEST_F(DefinitionEditorTest, EmptyRuleId_ProblemNamesTheRuleAsImportWould)
{
    QSignalSpy changed(&editor, &DefinitionEditor::changed);
    ASSERT_TRUE(page("fitRulesPage")->model()->setData(fitCell(1, FitRuleModel::IdColumn), QString()));

    ASSERT_TRUE(editor.problem().has_value());
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("fitRules[1] (\"Mid-market size\")")))
        << editor.problem()->toStdString();
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("\"id\" must not be empty")));
    EXPECT_EQ(*editor.problem(), importProblem(editor.definition()));
    EXPECT_FALSE(problemLabel()->isHidden());
    EXPECT_TRUE(problemLabel()->text().contains(QStringLiteral("Mid-market size")));
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(DefinitionEditorTest, DuplicateId_ProblemNamesTheSecondRule)
{
    ASSERT_TRUE(
        page("engagementRulesPage")
            ->model()
            ->setData(page("engagementRulesPage")->model()->index(1, 0), QStringLiteral("pricing_page")));

    ASSERT_TRUE(editor.problem().has_value());
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("engagementRules[1] (\"Read product pages\")")));
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("duplicate id \"pricing_page\"")));
}

TEST_F(DefinitionEditorTest, RangeWithMinAboveMax_ProblemUntilFixed)
{
    DefinitionTableModel *fit = page("fitRulesPage")->model();
    ASSERT_TRUE(fit->setData(fitCell(1, FitRuleModel::MaxColumn), QStringLiteral("10")));

    ASSERT_TRUE(editor.problem().has_value());
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("\"Mid-market size\"")));
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("\"min\" 200 is above \"max\" 10")));

    ASSERT_TRUE(fit->setData(fitCell(1, FitRuleModel::MaxColumn), QStringLiteral("4999")));
    EXPECT_EQ(editor.problem(), std::nullopt);
    EXPECT_TRUE(problemLabel()->isHidden());
}

TEST_F(DefinitionEditorTest, ProblemShowLink_OpensTheTabAndSelectsTheRule)
{
    RuleTablePage *sla = page("slaTiersPage");
    ASSERT_TRUE(
        sla->model()->setData(sla->model()->index(2, SlaTierModel::NameColumn), QStringLiteral("hot")));
    ASSERT_TRUE(editor.problem().has_value());

    Q_EMIT problemLabel()->linkActivated(QStringLiteral("#problem"));

    const auto *tabs = editor.findChild<QTabWidget *>();
    EXPECT_EQ(tabs->currentWidget(), sla);
    EXPECT_FALSE(tabs->tabIcon(tabs->currentIndex()).isNull());
    EXPECT_EQ(sla->view()->currentIndex().row(), 2);
}

TEST_F(DefinitionEditorTest, TargetsPage_EditsTheTargets_ATwiceTargetedMetricIsAProblemShownThere)
{
    editor.setDefinition(Definition::defaults());
    QSignalSpy changed(&editor, &DefinitionEditor::changed);
    RuleTablePage *targets = page("targetsPage");
    ASSERT_NE(targets, nullptr);
    ASSERT_TRUE(targets->model()->setData(targets->model()->index(0, TargetModel::ValueColumn), 65.0));
    EXPECT_DOUBLE_EQ(editor.definition().targets.front().value, 0.65);
    EXPECT_EQ(changed.count(), 1);

    ASSERT_TRUE(targets->model()->setData(targets->model()->index(1, TargetModel::MetricColumn),
                                          QStringLiteral("acceptance_rate")));
    ASSERT_TRUE(editor.problem().has_value());
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("duplicate target for")))
        << editor.problem()->toStdString();
    Q_EMIT problemLabel()->linkActivated(QStringLiteral("#problem"));
    const auto *tabs = editor.findChild<QTabWidget *>();
    EXPECT_EQ(tabs->currentWidget(), targets);
}

TEST_F(DefinitionEditorTest, MqlPage_ScoresAndFastTrack_ChangeTheRule)
{
    QSignalSpy changed(&editor, &DefinitionEditor::changed);
    auto *mql = editor.findChild<MqlRulePage *>();
    ASSERT_NE(mql, nullptr);

    mql->minFitSpin()->setValue(60);
    mql->minEngagementSpin()->setValue(25);
    choice(mql->fastTrackList(), eventTypeLabel(EventType::WebinarQuestion))->setCheckState(Qt::Checked);

    const MqlRule expected{60, 25, {EventType::WebinarQuestion, EventType::DemoRequest}};
    EXPECT_EQ(editor.definition().mqlRule, expected);
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(DefinitionEditorTest, ContextPackage_CheckedFields_TakeTheirPlaceInTheList)
{
    auto *fields = editor.findChild<CheckListWidget *>(QStringLiteral("requiredFieldsList"));
    ASSERT_NE(fields, nullptr);
    EXPECT_EQ(fields->count(), knownContextFields().size());

    choice(fields, QStringLiteral("Phone"))->setCheckState(Qt::Checked);
    choice(fields, QStringLiteral("Campaign"))->setCheckState(Qt::Unchecked);

    EXPECT_EQ(editor.definition().requiredFields,
              (QStringList{"email", "phone", "title", "company.industry"}));
}

TEST_F(DefinitionEditorTest, FirstContact_CheckedOutcomes_BecomeTheMeaningfulContacts)
{
    auto *contacts = editor.findChild<MeaningfulContactPage *>();
    ASSERT_NE(contacts, nullptr);
    ASSERT_EQ(contacts->outcomeBox(ActivityType::Call, QStringLiteral("nonsense")), nullptr);

    contacts->outcomeBox(ActivityType::Call, QStringLiteral("voicemail"))->setChecked(true);
    contacts->outcomeBox(ActivityType::Email, QStringLiteral("replied"))->setChecked(false);
    contacts->outcomeBox(ActivityType::Note, QStringLiteral("noted"))->setChecked(true);

    const std::vector<MeaningfulContact> expected{{ActivityType::Call, {"connected", "voicemail"}},
                                                  {ActivityType::Meeting, {"scheduled", "held"}},
                                                  {ActivityType::Note, {"noted"}}};
    EXPECT_EQ(editor.definition().meaningfulContacts, expected);
    EXPECT_EQ(editor.problem(), std::nullopt);
}

TEST_F(DefinitionEditorTest, SetReadOnly_BlocksEveryKindOfEdit)
{
    editor.setReadOnly(true);
    QSignalSpy changed(&editor, &DefinitionEditor::changed);

    RuleTablePage *fit = page("fitRulesPage");
    fit->selectRow(1);
    EXPECT_FALSE(fit->addButton()->isEnabled());
    EXPECT_FALSE(fit->removeButton()->isEnabled());
    EXPECT_FALSE(fit->downButton()->isEnabled());
    EXPECT_FALSE(fit->model()->setData(fitCell(1, FitRuleModel::NameColumn), QStringLiteral("Changed")));
    EXPECT_FALSE(fit->model()->flags(fitCell(1, FitRuleModel::NameColumn)) & Qt::ItemIsEditable);

    auto *mql = editor.findChild<MqlRulePage *>();
    EXPECT_TRUE(mql->minFitSpin()->isReadOnly());
    QTest::keyClick(mql->minFitSpin(), Qt::Key_Up);
    auto *fields = editor.findChild<CheckListWidget *>(QStringLiteral("requiredFieldsList"));
    EXPECT_FALSE(choice(fields, QStringLiteral("Phone"))->flags() & Qt::ItemIsUserCheckable);
    auto *contacts = editor.findChild<MeaningfulContactPage *>();
    EXPECT_FALSE(contacts->outcomeBox(ActivityType::Call, QStringLiteral("voicemail"))->isEnabled());

    EXPECT_TRUE(editor.definition() == sampleDefinition());
    EXPECT_EQ(changed.count(), 0);

    editor.setReadOnly(false);
    EXPECT_TRUE(fit->addButton()->isEnabled());
    EXPECT_TRUE(fit->model()->setData(fitCell(1, FitRuleModel::NameColumn), QStringLiteral("Changed")));
}

} // namespace
} // namespace baton::test
