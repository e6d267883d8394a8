#include "agreement/editor/DefinitionItemDelegate.h"

#include "SampleDefinition.h"
#include "agreement/editor/CheckListWidget.h"
#include "agreement/editor/EngagementRuleModel.h"
#include "agreement/editor/FitRuleModel.h"
#include "agreement/editor/SlaTierModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace baton::test {
namespace {

class DefinitionItemDelegateTest : public ::testing::Test {
protected:
    template<typename Editor>
    std::unique_ptr<Editor> editorFor(const QModelIndex &index)
    {
        QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), index);
        auto *typed = qobject_cast<Editor *>(editor);
        EXPECT_NE(typed, nullptr) << (editor ? editor->metaObject()->className() : "no editor");
        if (!typed)
            delete editor;
        else
            delegate.setEditorData(typed, index);
        return std::unique_ptr<Editor>(typed);
    }

    QWidget parent;
    DefinitionItemDelegate delegate;
};

TEST_F(DefinitionItemDelegateTest, ChoiceCell_ComboShowsWordsAndStoresTheName)
{
    FitRuleModel model;
    model.setItems(sampleDefinition().fitRules);
    const QModelIndex field = model.index(0, FitRuleModel::FieldColumn);

    auto combo = editorFor<QComboBox>(field);
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->count(), static_cast<int>(allFitFields.size()));
    EXPECT_EQ(combo->currentText(), QStringLiteral("Industry"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("country")));
    delegate.setModelData(combo.get(), &model, field);

    EXPECT_EQ(model.rules()[0].field, FitField::Country);
}

TEST_F(DefinitionItemDelegateTest, PointsCell_SpinBoxWithinTheFormatsRange)
{
    FitRuleModel model;
    model.setItems(sampleDefinition().fitRules);
    const QModelIndex points = model.index(5, FitRuleModel::PointsColumn);

    auto spin = editorFor<QSpinBox>(points);
    ASSERT_TRUE(spin);
    EXPECT_EQ(spin->value(), -40);
    EXPECT_EQ(spin->minimum(), -1'000'000'000);
    spin->setValue(-20);
    delegate.setModelData(spin.get(), &model, points);

    EXPECT_EQ(model.rules()[5].points, -20);
}

TEST_F(DefinitionItemDelegateTest, OptionalBoundCell_EmptyTextMeansNoBound)
{
    FitRuleModel model;
    model.setItems(sampleDefinition().fitRules);
    const QModelIndex max = model.index(1, FitRuleModel::MaxColumn);

    auto edit = editorFor<QLineEdit>(max);
    ASSERT_TRUE(edit);
    EXPECT_EQ(edit->text(), QStringLiteral("4999"));
    int position = 0;
    QString letters = QStringLiteral("abc");
    EXPECT_EQ(edit->validator()->validate(letters, position), QValidator::Invalid);
    edit->clear();
    delegate.setModelData(edit.get(), &model, max);

    EXPECT_EQ(model.rules()[1].max, std::nullopt);
}

TEST_F(DefinitionItemDelegateTest, HalfLifeCell_DecimalSpinBoxSaysNeverAtZero)
{
    EngagementRuleModel model;
    model.setItems(sampleDefinition().engagementRules);
    const QModelIndex halfLife = model.index(0, EngagementRuleModel::HalfLifeColumn);

    auto spin = editorFor<QDoubleSpinBox>(halfLife);
    ASSERT_TRUE(spin);
    EXPECT_EQ(spin->value(), 14.0);
    EXPECT_EQ(spin->minimum(), 0.0);
    EXPECT_EQ(spin->specialValueText(), QStringLiteral("never"));
    spin->setValue(0);
    delegate.setModelData(spin.get(), &model, halfLife);

    EXPECT_EQ(model.items()[0].halfLifeDays, 0.0);
}

TEST_F(DefinitionItemDelegateTest, EventsCell_CheckListStoresTheCheckedNames)
{
    SlaTierModel model;
    model.setItems(sampleDefinition().slaTiers);
    const QModelIndex events = model.index(0, SlaTierModel::EventsColumn);

    auto list = editorFor<CheckListWidget>(events);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->count(), static_cast<int>(allEventTypes.size()));
    EXPECT_EQ(list->checked(), QStringList{QStringLiteral("demo_request")});
    list->findItems(eventTypeLabel(EventType::EventVisit), Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Checked);
    delegate.setModelData(list.get(), &model, events);

    EXPECT_EQ(model.items()[0].events,
              (std::vector<EventType>{EventType::DemoRequest, EventType::EventVisit}));
}

} // namespace
} // namespace baton::test
