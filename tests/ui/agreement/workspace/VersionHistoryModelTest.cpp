#include "agreement/VersionHistoryModel.h"

#include "AgreementSteps.h"
#include "UiFixture.h"
#include "agreement/DefinitionDiffModel.h"
#include "agreement/DefinitionDiffView.h"
#include "agreement/HistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class VersionHistoryModelTest : public ::testing::Test {
protected:
    /// Drafts 1 (marketing) and 2 (sales, 3 days later), proposal 3 signed 4 hours after that.
    void agreeOnce()
    {
        fixture.clock().set(referenceTime().addDays(-10));
        steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
        fixture.clock().advanceSeconds(3 * 86400);
        steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(55));
        const int proposal = steps.propose(1, 2);
        fixture.clock().advanceSeconds(2 * 3600);
        steps.sign(proposal, fixture.team().marketingManager);
        fixture.clock().advanceSeconds(2 * 3600);
        steps.sign(proposal, fixture.team().salesManager);
    }

    QString cell(const VersionHistoryModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }

    UiFixture fixture;
    AgreementSteps steps{fixture};
};

TEST_F(VersionHistoryModelTest, SetVersions_ListsEveryVersionNewestFirstWithTimeToAgreement)
{
    agreeOnce();
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(60));
    VersionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setVersions(*steps.service().list(), UserDirectory::load(fixture.db()));

    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), VersionHistoryModel::ColumnCount);
    EXPECT_EQ(model.index(0, 0).data(VersionHistoryModel::NumberRole).toInt(), 4);
    EXPECT_EQ(model.rowOf(3), 1);
    EXPECT_EQ(cell(model, 1, VersionHistoryModel::KindColumn), QStringLiteral("Proposal"));
    EXPECT_EQ(cell(model, 1, VersionHistoryModel::TeamColumn), QStringLiteral("Joint"));
    EXPECT_EQ(cell(model, 1, VersionHistoryModel::StatusColumn), QStringLiteral("Effective"));
    EXPECT_EQ(cell(model, 1, VersionHistoryModel::TimeToAgreementColumn), QStringLiteral("3 days 4 hours"));
    EXPECT_EQ(cell(model, 1, VersionHistoryModel::CreatedByColumn), QStringLiteral("Ada Lovelace"));
    EXPECT_TRUE(
        cell(model, 1, VersionHistoryModel::SignaturesColumn).contains(QStringLiteral("marketing manager")));
    EXPECT_TRUE(
        cell(model, 1, VersionHistoryModel::SignaturesColumn).contains(QStringLiteral("sales manager")));
    EXPECT_NE(cell(model, 1, VersionHistoryModel::EffectiveFromColumn), QStringLiteral("—"));
    EXPECT_EQ(cell(model, 2, VersionHistoryModel::TeamColumn), QStringLiteral("Sales"));
    EXPECT_EQ(cell(model, 2, VersionHistoryModel::TimeToAgreementColumn), QStringLiteral("—"));
    EXPECT_EQ(cell(model, 0, VersionHistoryModel::StatusColumn), QStringLiteral("Draft"));

    model.setVersions({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(VersionHistoryModelTest, HistoryPanel_TwoRowsSelected_ShowsTheirDiff)
{
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(65));
    HistoryPanel panel(fixture.session());
    panel.refresh();

    panel.selectVersions({1, 2});

    const QModelIndex rule =
        panel.diffView()->model()->findRule(QStringLiteral("mqlRule"), QStringLiteral("mql"));
    ASSERT_TRUE(rule.isValid());
    const QModelIndex property = panel.diffView()->model()->index(0, DefinitionDiffModel::OldColumn, rule);
    EXPECT_EQ(property.data().toString(), QStringLiteral("55"));
    EXPECT_EQ(property.siblingAtColumn(DefinitionDiffModel::NewColumn).data().toString(),
              QStringLiteral("65"));
    EXPECT_FALSE(panel.compareWithEffectiveButton()->isEnabled());

    panel.selectVersions({2});
    EXPECT_TRUE(panel.compareWithEffectiveButton()->isEnabled());
    panel.compareWithEffectiveButton()->click();
    EXPECT_TRUE(panel.diffView()->summary().contains(QStringLiteral("version 0")));
    const QModelIndex againstDefaults =
        panel.diffView()->model()->findRule(QStringLiteral("mqlRule"), QStringLiteral("mql"));
    ASSERT_TRUE(againstDefaults.isValid());
    EXPECT_EQ(panel.diffView()
                  ->model()
                  ->index(0, DefinitionDiffModel::NewColumn, againstDefaults)
                  .data()
                  .toString(),
              QStringLiteral("65"));
}

} // namespace
} // namespace baton::test
