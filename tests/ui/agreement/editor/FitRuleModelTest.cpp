#include "agreement/editor/FitRuleModel.h"

#include "SampleDefinition.h"
#include "agreement/editor/EditorRole.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QStringList ids(const FitRuleModel &model)
{
    QStringList result;
    for (const FitRule &rule : model.rules())
        result.append(rule.id);
    return result;
}

class DefinitionFitRuleModel : public ::testing::Test {
protected:
    DefinitionFitRuleModel() { model.setItems(sampleDefinition().fitRules); }

    QModelIndex cell(int row, FitRuleModel::Column column) const { return model.index(row, column); }
    int rowOf(const QString &id) const { return static_cast<int>(ids(model).indexOf(id)); }

    FitRuleModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(DefinitionFitRuleModel, SetItems_Defaults_ShowsEveryRuleInWords)
{
    ASSERT_EQ(model.rowCount(), static_cast<int>(sampleDefinition().fitRules.size()));
    EXPECT_EQ(model.columnCount(), FitRuleModel::ColumnCount);
    EXPECT_EQ(model.rules(), sampleDefinition().fitRules);

    const int industry = rowOf(QStringLiteral("icp_industry"));
    EXPECT_EQ(cell(industry, FitRuleModel::FieldColumn).data().toString(), QStringLiteral("Industry"));
    EXPECT_EQ(cell(industry, FitRuleModel::FieldColumn).data(Qt::EditRole).toString(),
              QStringLiteral("industry"));
    EXPECT_EQ(cell(industry, FitRuleModel::OperatorColumn).data().toString(), QStringLiteral("is one of"));
    EXPECT_TRUE(cell(industry, FitRuleModel::ValuesColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Software, Healthcare")));
    EXPECT_EQ(cell(industry, FitRuleModel::MinColumn).data().toString(), QString());

    const int revenue = rowOf(QStringLiteral("revenue"));
    EXPECT_EQ(cell(revenue, FitRuleModel::MinColumn).data().toString(), QLocale().toString(20'000'000));
    EXPECT_EQ(cell(revenue, FitRuleModel::MinColumn).data(Qt::EditRole).toString(),
              QStringLiteral("20000000"));
    EXPECT_EQ(cell(revenue, FitRuleModel::MaxColumn).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(cell(revenue, FitRuleModel::MaxColumn).data(Qt::EditRole).toString(), QString());
}

TEST_F(DefinitionFitRuleModel, HeaderData_EveryColumn_HasATitleAndAToolTip)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
        EXPECT_GT(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().size(), 20) << column;
    }
}

TEST_F(DefinitionFitRuleModel, InsertRow_AddsARuleWithAFreshIdWhereAsked)
{
    ASSERT_TRUE(model.insertRow(1));
    ASSERT_TRUE(model.insertRow(0));

    const std::vector<FitRule> rules = model.rules();
    ASSERT_EQ(rules.size(), sampleDefinition().fitRules.size() + 2);
    EXPECT_EQ(rules[0].id, QStringLiteral("new_rule_2"));
    EXPECT_EQ(rules[2].id, QStringLiteral("new_rule"));
    EXPECT_EQ(rules[2].name, QStringLiteral("New rule"));
    EXPECT_EQ(rules[1].id, QStringLiteral("icp_industry"));
}

TEST_F(DefinitionFitRuleModel, RemoveRow_DropsThatRule)
{
    ASSERT_TRUE(model.removeRow(rowOf(QStringLiteral("students"))));

    EXPECT_EQ(model.rowCount(), static_cast<int>(sampleDefinition().fitRules.size()) - 1);
    EXPECT_FALSE(ids(model).contains(QStringLiteral("students")));
    EXPECT_FALSE(model.removeRow(model.rowCount()));
}

TEST_F(DefinitionFitRuleModel, MoveRow_DownAndUp_ReordersTheRules)
{
    // Down by one: the destination is the row after the next one.
    ASSERT_TRUE(model.moveRow({}, 0, {}, 2));
    EXPECT_EQ(ids(model).mid(0, 3), (QStringList{"mid_market", "icp_industry", "enterprise"}));

    ASSERT_TRUE(model.moveRow({}, 2, {}, 0));
    EXPECT_EQ(ids(model).mid(0, 3), (QStringList{"enterprise", "mid_market", "icp_industry"}));

    EXPECT_FALSE(model.moveRow({}, 1, {}, 1)); // onto itself
}

TEST_F(DefinitionFitRuleModel, SetData_Values_CommaSeparatedTextBecomesTheList)
{
    const int row = rowOf(QStringLiteral("core_regions"));
    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::ValuesColumn), QStringLiteral(" NA,  EMEA , ,APAC ")));

    EXPECT_EQ(model.rules()[static_cast<size_t>(row)].values, (QStringList{"NA", "EMEA", "APAC"}));
    EXPECT_EQ(cell(row, FitRuleModel::ValuesColumn).data().toString(), QStringLiteral("NA, EMEA, APAC"));
}

TEST_F(DefinitionFitRuleModel, SetData_Bounds_EmptyMeansNoneAndTextMustBeANumber)
{
    const int row = rowOf(QStringLiteral("mid_market"));
    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::MaxColumn), QString()));
    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::MinColumn), QStringLiteral("250")));
    EXPECT_FALSE(model.setData(cell(row, FitRuleModel::MinColumn), QStringLiteral("lots")));

    const std::vector<FitRule> rules = model.rules();
    const FitRule &rule = rules[static_cast<size_t>(row)];
    EXPECT_EQ(rule.min, 250);
    EXPECT_EQ(rule.max, std::nullopt);
}

TEST_F(DefinitionFitRuleModel, SetData_NumericField_SwitchesTheTestToRangeAndOffersOnlyThat)
{
    const int row = rowOf(QStringLiteral("icp_industry"));
    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::FieldColumn), QStringLiteral("employees")));

    EXPECT_EQ(model.rules()[static_cast<size_t>(row)].op, FitOperator::InRange);
    EXPECT_EQ(cell(row, FitRuleModel::OperatorColumn).data(ChoicesRole).toStringList(),
              QStringList{QStringLiteral("in_range")});
    EXPECT_FALSE(model.flags(cell(row, FitRuleModel::ValuesColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(cell(row, FitRuleModel::MinColumn)) & Qt::ItemIsEditable);

    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::FieldColumn), QStringLiteral("title")));
    EXPECT_EQ(model.rules()[static_cast<size_t>(row)].op, FitOperator::InList);
    EXPECT_EQ(cell(row, FitRuleModel::OperatorColumn).data(ChoicesRole).toStringList(),
              (QStringList{"in_list", "contains_any"}));
    EXPECT_FALSE(model.setData(cell(row, FitRuleModel::FieldColumn), QStringLiteral("shoe_size")));
}

TEST_F(DefinitionFitRuleModel, Rules_OperatorSwitchedBackAndForth_KeepsOnlyWhatTheOperatorUses)
{
    const int row = rowOf(QStringLiteral("icp_industry"));
    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::OperatorColumn), QStringLiteral("in_range")));
    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::MinColumn), QStringLiteral("5")));
    EXPECT_TRUE(model.rules()[static_cast<size_t>(row)].values.isEmpty());
    EXPECT_EQ(model.rules()[static_cast<size_t>(row)].min, 5);

    ASSERT_TRUE(model.setData(cell(row, FitRuleModel::OperatorColumn), QStringLiteral("in_list")));
    EXPECT_EQ(model.rules()[static_cast<size_t>(row)], sampleDefinition().fitRules[0]);
}

TEST_F(DefinitionFitRuleModel, Edited_SentForEditsAndRowChanges_NotForSetItems)
{
    QSignalSpy edited(&model, &DefinitionTableModel::edited);
    model.setItems(sampleDefinition().fitRules);
    EXPECT_EQ(edited.count(), 0);

    ASSERT_TRUE(model.setData(cell(0, FitRuleModel::PointsColumn), 25));
    ASSERT_TRUE(model.insertRow(0));
    ASSERT_TRUE(model.moveRow({}, 0, {}, 2));
    ASSERT_TRUE(model.removeRow(0));
    EXPECT_EQ(edited.count(), 4);
}

TEST_F(DefinitionFitRuleModel, SetReadOnly_RefusesEveryChange)
{
    model.setReadOnly(true);

    EXPECT_FALSE(model.flags(cell(0, FitRuleModel::NameColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(cell(0, FitRuleModel::NameColumn), QStringLiteral("Changed")));
    EXPECT_FALSE(model.insertRow(0));
    EXPECT_FALSE(model.removeRow(0));
    EXPECT_FALSE(model.moveRow({}, 0, {}, 2));
    EXPECT_EQ(model.rules(), sampleDefinition().fitRules);
}

} // namespace
} // namespace baton::test
