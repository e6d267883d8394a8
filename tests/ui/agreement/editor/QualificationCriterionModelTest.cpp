#include "agreement/editor/QualificationCriterionModel.h"

#include "SampleDefinition.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class DefinitionQualificationCriterionModel : public ::testing::Test {
protected:
    DefinitionQualificationCriterionModel() { model.setItems(sampleDefinition().checklist); }

    QModelIndex cell(int row, QualificationCriterionModel::Column column) const
    {
        return model.index(row, column);
    }

    QualificationCriterionModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(DefinitionQualificationCriterionModel, Required_IsACheckBox)
{
    const QModelIndex budget = cell(0, QualificationCriterionModel::RequiredColumn);
    EXPECT_TRUE(model.flags(budget) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(budget) & Qt::ItemIsEditable);
    EXPECT_EQ(budget.data(Qt::CheckStateRole).toInt(), Qt::Checked);

    ASSERT_TRUE(model.setData(budget, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model.items()[0].required);
    EXPECT_EQ(budget.data().toString(), QStringLiteral("Nice to have"));
}

TEST_F(DefinitionQualificationCriterionModel, InsertRemoveMove_ChangeTheChecklist)
{
    ASSERT_TRUE(model.insertRow(0));
    EXPECT_EQ(model.items()[0], (QualificationCriterion{"new_criterion", "New criterion", true}));
    ASSERT_TRUE(model.setData(cell(0, QualificationCriterionModel::IdColumn), QStringLiteral("legal")));
    ASSERT_TRUE(model.setData(cell(0, QualificationCriterionModel::NameColumn), QStringLiteral("Legal ok")));

    ASSERT_TRUE(model.moveRow({}, 0, {}, model.rowCount()));
    EXPECT_EQ(model.items().back(), (QualificationCriterion{"legal", "Legal ok", true}));

    ASSERT_TRUE(model.removeRow(model.rowCount() - 1));
    EXPECT_EQ(model.items(), sampleDefinition().checklist);
}

TEST_F(DefinitionQualificationCriterionModel, SetReadOnly_TheCheckBoxCannotBeToggled)
{
    model.setReadOnly(true);
    const QModelIndex budget = cell(0, QualificationCriterionModel::RequiredColumn);

    EXPECT_FALSE(model.flags(budget) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(budget, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(model.items()[0].required);
}

} // namespace
} // namespace baton::test
