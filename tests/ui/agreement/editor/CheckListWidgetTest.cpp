#include "agreement/editor/CheckListWidget.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class DefinitionCheckListWidget : public ::testing::Test {
protected:
    DefinitionCheckListWidget()
    {
        list.setChoices({"a", "b", "c", "d"}, {"Alpha", "Bravo", "Charlie", "Delta"});
    }

    void setChecked(int row, bool on) { list.item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked); }

    CheckListWidget list;
};

TEST_F(DefinitionCheckListWidget, SetChecked_ChecksThoseAndKeepsTheirOrder_WithoutSignal)
{
    QSignalSpy changed(&list, &CheckListWidget::checkedChanged);
    list.setChecked({"c", "a"});

    EXPECT_EQ(list.item(0)->text(), QStringLiteral("Alpha"));
    EXPECT_EQ(list.item(0)->checkState(), Qt::Checked);
    EXPECT_EQ(list.item(1)->checkState(), Qt::Unchecked);
    EXPECT_EQ(list.checked(), (QStringList{"c", "a"}));
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(DefinitionCheckListWidget, Check_NewChoice_TakesItsPlaceInTheListOrder)
{
    list.setChecked({"a", "d"});
    QSignalSpy changed(&list, &CheckListWidget::checkedChanged);

    setChecked(2, true);
    EXPECT_EQ(list.checked(), (QStringList{"a", "c", "d"}));
    setChecked(0, false);
    EXPECT_EQ(list.checked(), (QStringList{"c", "d"}));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(DefinitionCheckListWidget, SetReadOnly_ChoicesCannotBeChecked)
{
    list.setChecked({"b"});
    list.setReadOnly(true);

    EXPECT_FALSE(list.item(0)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_EQ(list.item(1)->checkState(), Qt::Checked);
    setChecked(0, true);
    EXPECT_EQ(list.checked(), QStringList{QStringLiteral("b")});
}

} // namespace
} // namespace baton::test
