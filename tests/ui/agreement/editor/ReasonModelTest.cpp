#include "agreement/editor/ReasonModel.h"

#include "SampleDefinition.h"
#include "agreement/editor/EditorRole.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QStringList keys(const ReasonModel &model)
{
    QStringList result;
    for (const Reason &reason : model.items())
        result.append(stageName(reason.stage) + QLatin1Char('/') + reason.code);
    return result;
}

class DefinitionReasonModel : public ::testing::Test {
protected:
    DefinitionReasonModel() { model.setItems(sampleDefinition().reasons); }

    QModelIndex cell(int row, ReasonModel::Column column) const { return model.index(row, column); }

    ReasonModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(DefinitionReasonModel, Stage_OffersOnlyTheExitStages)
{
    EXPECT_EQ(cell(0, ReasonModel::StageColumn).data(ChoicesRole).toStringList(),
              (QStringList{"rejected", "disqualified", "recycled"}));
    EXPECT_EQ(cell(0, ReasonModel::StageColumn).data().toString(), stageLabel(Stage::Rejected));
    EXPECT_FALSE(model.setData(cell(0, ReasonModel::StageColumn), QStringLiteral("sal")));
    ASSERT_TRUE(model.setData(cell(0, ReasonModel::StageColumn), QStringLiteral("recycled")));
    EXPECT_EQ(model.items()[0].stage, Stage::Recycled);
}

TEST_F(DefinitionReasonModel, InsertRow_TakesTheStageOfTheRowAboveAndAFreeCode)
{
    const int lastDisqualified = static_cast<int>(keys(model).indexOf(QStringLiteral("disqualified/other")));
    ASSERT_TRUE(model.insertRow(lastDisqualified + 1));
    ASSERT_TRUE(model.insertRow(lastDisqualified + 2));

    EXPECT_EQ(keys(model)[lastDisqualified + 1], QStringLiteral("disqualified/new_reason"));
    EXPECT_EQ(keys(model)[lastDisqualified + 2], QStringLiteral("disqualified/new_reason_2"));
    EXPECT_EQ(model.items()[static_cast<size_t>(lastDisqualified) + 1].label, QStringLiteral("New reason"));
}

TEST_F(DefinitionReasonModel, NoteRequired_CheckBoxAndMoveAndRemove)
{
    ASSERT_TRUE(model.setData(cell(1, ReasonModel::NoteColumn), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(model.items()[1].noteRequired);
    ASSERT_TRUE(model.setData(cell(1, ReasonModel::LabelColumn), QStringLiteral("Not the buyer")));

    ASSERT_TRUE(model.moveRow({}, 1, {}, 0));
    EXPECT_EQ(keys(model).mid(0, 2), (QStringList{"rejected/no_authority", "rejected/not_icp_fit"}));
    EXPECT_EQ(model.items()[0].label, QStringLiteral("Not the buyer"));

    ASSERT_TRUE(model.removeRow(0));
    EXPECT_FALSE(keys(model).contains(QStringLiteral("rejected/no_authority")));
}

} // namespace
} // namespace baton::test
