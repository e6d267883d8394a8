#include "agreement/editor/TargetModel.h"

#include "agreement/Definition.h"
#include "agreement/editor/CellValues.h"
#include "agreement/editor/EditorRole.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class DefinitionTargetModel : public ::testing::Test {
protected:
    DefinitionTargetModel() { model.setItems(Definition::defaults().targets); }

    QModelIndex cell(int row, TargetModel::Column column) const { return model.index(row, column); }
    int rowOf(MetricKey key) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.items()[static_cast<size_t>(row)].metric == key)
                return row;
        }
        return -1;
    }

    TargetModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(DefinitionTargetModel, Defaults_ShowEachValueInItsMetricsWords)
{
    const int acceptance = rowOf(MetricKey::AcceptanceRate);
    const int median = rowOf(MetricKey::FirstContactMedian);
    ASSERT_GE(acceptance, 0);
    ASSERT_GE(median, 0);
    EXPECT_EQ(cell(acceptance, TargetModel::MetricColumn).data().toString(),
              metricKeyLabel(MetricKey::AcceptanceRate));
    EXPECT_EQ(cell(acceptance, TargetModel::BoundColumn).data().toString(), QStringLiteral("at least"));
    EXPECT_EQ(cell(acceptance, TargetModel::ValueColumn).data().toString(), QStringLiteral("60%"));
    EXPECT_DOUBLE_EQ(cell(acceptance, TargetModel::ValueColumn).data(Qt::EditRole).toDouble(), 60.0);
    EXPECT_EQ(cell(acceptance, TargetModel::ValueColumn).data(MaximumRole).toInt(), 100);
    EXPECT_EQ(cell(median, TargetModel::BoundColumn).data().toString(), QStringLiteral("at most"));
    EXPECT_EQ(cell(median, TargetModel::ValueColumn).data().toString(), QStringLiteral("1 h"));
    EXPECT_EQ(cell(median, TargetModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("1 h"));
    // Rejection reasons are a breakdown: no target can be set for them.
    EXPECT_FALSE(cell(acceptance, TargetModel::MetricColumn)
                     .data(ChoicesRole)
                     .toStringList()
                     .contains(QStringLiteral("rejection_reasons")));
}

TEST_F(DefinitionTargetModel, SetData_RatesInPercentTimesInWordsCountsWhole)
{
    const int acceptance = rowOf(MetricKey::AcceptanceRate);
    const int median = rowOf(MetricKey::FirstContactMedian);
    ASSERT_TRUE(model.setData(cell(acceptance, TargetModel::ValueColumn), 72.5));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(acceptance)].value, 0.725);
    EXPECT_FALSE(model.setData(cell(acceptance, TargetModel::ValueColumn), 140.0));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(acceptance)].value, 0.725);

    ASSERT_TRUE(model.setData(cell(median, TargetModel::ValueColumn), QStringLiteral("1 h 30 min")));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(median)].value, 5400);
    ASSERT_TRUE(model.setData(cell(median, TargetModel::ValueColumn), QStringLiteral("45")));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(median)].value, 2700);
    EXPECT_FALSE(model.setData(cell(median, TargetModel::ValueColumn), QStringLiteral("soon")));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(median)].value, 2700);

    ASSERT_TRUE(model.setData(cell(median, TargetModel::BoundColumn), QStringLiteral("atLeast")));
    EXPECT_EQ(model.items()[static_cast<size_t>(median)].bound, MetricTarget::Bound::AtLeast);
    EXPECT_FALSE(model.setData(cell(median, TargetModel::BoundColumn), QStringLiteral("about")));
}

TEST_F(DefinitionTargetModel, SetData_MetricOfAnotherKind_StartsFromThatKindsUsualTarget)
{
    const int acceptance = rowOf(MetricKey::AcceptanceRate);
    ASSERT_TRUE(model.setData(cell(acceptance, TargetModel::MetricColumn), QStringLiteral("stale_mqls")));
    const MetricTarget stale = model.items()[static_cast<size_t>(acceptance)];
    EXPECT_EQ(stale.metric, MetricKey::StaleMqls);
    EXPECT_EQ(stale.bound, MetricTarget::Bound::AtMost); // fewer stale MQLs are better
    EXPECT_DOUBLE_EQ(stale.value, 0);
    ASSERT_TRUE(model.setData(cell(acceptance, TargetModel::ValueColumn), 25));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(acceptance)].value, 25);

    // Same kind: the value stays.
    const int sla = rowOf(MetricKey::SlaCompliance);
    ASSERT_TRUE(model.setData(cell(sla, TargetModel::MetricColumn), QStringLiteral("sal_to_sql")));
    EXPECT_DOUBLE_EQ(model.items()[static_cast<size_t>(sla)].value, 0.8);

    EXPECT_FALSE(model.setData(cell(sla, TargetModel::MetricColumn), QStringLiteral("rejection_reasons")));
    EXPECT_FALSE(model.setData(cell(sla, TargetModel::MetricColumn), QStringLiteral("time_to_agreement")));
    EXPECT_FALSE(model.setData(cell(sla, TargetModel::MetricColumn), QStringLiteral("happiness")));
}

TEST_F(DefinitionTargetModel, InsertRow_TakesAMetricWithoutATargetYet)
{
    ASSERT_TRUE(model.insertRow(model.rowCount()));
    const MetricTarget added = model.items().back();
    EXPECT_EQ(added.metric, MetricKey::HandedOver);
    ASSERT_TRUE(model.insertRow(model.rowCount()));
    EXPECT_EQ(model.items().back().metric, MetricKey::Accepted);
}

TEST(DurationCellText, ParsesWhatPeopleType_AndReadsBackItsOwnText)
{
    bool ok = false;
    EXPECT_EQ(cellValues::parseDurationSeconds(QStringLiteral("90"), &ok), 5400);
    EXPECT_TRUE(ok);
    EXPECT_EQ(cellValues::parseDurationSeconds(QStringLiteral("1.5 h"), &ok), 5400);
    EXPECT_EQ(cellValues::parseDurationSeconds(QStringLiteral("1 h 30 min"), &ok), 5400);
    EXPECT_EQ(cellValues::parseDurationSeconds(QStringLiteral("14 days"), &ok), 14 * 86400);
    EXPECT_EQ(cellValues::parseDurationSeconds(QStringLiteral("45 s"), &ok), 45);
    EXPECT_TRUE(ok);
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("soon"), QStringLiteral("1 h 30"),
                               QStringLiteral("-5 min"), QStringLiteral("5 months")}) {
        cellValues::parseDurationSeconds(bad, &ok);
        EXPECT_FALSE(ok) << bad.toStdString();
    }
    for (const qint64 seconds : {qint64{60}, qint64{5400}, qint64{14 * 86400 + 7200}, qint64{45}}) {
        const QString text = cellValues::durationEditText(seconds);
        EXPECT_EQ(cellValues::parseDurationSeconds(text, &ok), seconds) << text.toStdString();
        EXPECT_TRUE(ok);
    }
}

} // namespace
} // namespace baton::test
