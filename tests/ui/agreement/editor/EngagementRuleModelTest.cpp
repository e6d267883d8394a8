#include "agreement/editor/EngagementRuleModel.h"

#include "SampleDefinition.h"
#include "agreement/editor/EditorRole.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QStringList ids(const EngagementRuleModel &model)
{
    QStringList result;
    for (const EngagementRule &rule : model.items())
        result.append(rule.id);
    return result;
}

class DefinitionEngagementRuleModel : public ::testing::Test {
protected:
    DefinitionEngagementRuleModel() { model.setItems(sampleDefinition().engagementRules); }

    QModelIndex cell(int row, EngagementRuleModel::Column column) const { return model.index(row, column); }

    EngagementRuleModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(DefinitionEngagementRuleModel, SetItems_Defaults_ShowsEventsDecayAndCapsInWords)
{
    ASSERT_EQ(model.items(), sampleDefinition().engagementRules);
    EXPECT_EQ(cell(0, EngagementRuleModel::EventColumn).data().toString(),
              eventTypeLabel(EventType::PageView));
    EXPECT_EQ(cell(0, EngagementRuleModel::EventColumn).data(ChoicesRole).toStringList().size(),
              static_cast<qsizetype>(allEventTypes.size()));
    EXPECT_EQ(cell(0, EngagementRuleModel::PatternColumn).data().toString(), QStringLiteral("/pricing*"));
    EXPECT_EQ(cell(2, EngagementRuleModel::PatternColumn).data().toString(), QStringLiteral("any"));
    EXPECT_EQ(cell(2, EngagementRuleModel::PatternColumn).data(Qt::EditRole).toString(), QString());

    const int demo = static_cast<int>(ids(model).indexOf(QStringLiteral("demo_request")));
    EXPECT_EQ(cell(demo, EngagementRuleModel::HalfLifeColumn).data().toString(), QStringLiteral("never"));
    EXPECT_EQ(cell(demo, EngagementRuleModel::CapColumn).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(cell(demo, EngagementRuleModel::PointsColumn).data(Qt::EditRole).toDouble(), 40.0);
    EXPECT_TRUE(model.headerData(EngagementRuleModel::HalfLifeColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("halve every")));
}

TEST_F(DefinitionEngagementRuleModel, SetData_EveryColumn_ChangesTheRule)
{
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::IdColumn), QStringLiteral(" docs ")));
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::NameColumn), QStringLiteral("Read the docs")));
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::EventColumn), QStringLiteral("content_download")));
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::PatternColumn), QStringLiteral("whitepaper")));
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::PointsColumn), 2.5));
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::HalfLifeColumn), 7.0));
    ASSERT_TRUE(model.setData(cell(1, EngagementRuleModel::CapColumn), QString()));
    EXPECT_FALSE(model.setData(cell(1, EngagementRuleModel::EventColumn), QStringLiteral("telepathy")));
    EXPECT_FALSE(model.setData(cell(1, EngagementRuleModel::CapColumn), QStringLiteral("plenty")));

    const EngagementRule expected{QStringLiteral("docs"),
                                  QStringLiteral("Read the docs"),
                                  EventType::ContentDownload,
                                  QStringLiteral("whitepaper"),
                                  2.5,
                                  7.0,
                                  std::nullopt};
    EXPECT_EQ(model.items()[1], expected);
}

TEST_F(DefinitionEngagementRuleModel, InsertRemoveMove_ChangeTheRulesAccordingly)
{
    ASSERT_TRUE(model.insertRow(model.rowCount()));
    EXPECT_EQ(ids(model).last(), QStringLiteral("new_rule"));
    EXPECT_GT(model.items().back().points, 0);

    ASSERT_TRUE(model.moveRow({}, model.rowCount() - 1, {}, 0));
    EXPECT_EQ(ids(model).first(), QStringLiteral("new_rule"));

    ASSERT_TRUE(model.removeRow(0));
    EXPECT_EQ(model.items(), sampleDefinition().engagementRules);
}

TEST_F(DefinitionEngagementRuleModel, SetReadOnly_RefusesEdits)
{
    model.setReadOnly(true);

    EXPECT_FALSE(model.setData(cell(0, EngagementRuleModel::PointsColumn), 99.0));
    EXPECT_FALSE(model.insertRow(0));
    EXPECT_EQ(model.items(), sampleDefinition().engagementRules);
}

} // namespace
} // namespace baton::test
