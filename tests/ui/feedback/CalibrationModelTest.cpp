#include "feedback/CalibrationModel.h"

#include "CalibrationFixture.h"
#include "services/FeedbackService.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

using Profile = CalibrationFixture::Profile;

/// The webinar: two leads from downloads (one converted, one accepted then disqualified for no
/// budget) and two from pricing (both rejected: no authority). The whitepaper: two from pricing,
/// one still open, one sent back to nurture before anyone accepted it.
class CalibrationModelTest : public ::testing::Test {
protected:
    CalibrationModelTest()
    {
        const Team &team = fixture.ui.team();
        const qint64 converted = fixture.handedOver(Profile::Downloads, team.webinar, 2);
        const qint64 disqualified = fixture.handedOver(Profile::Downloads, team.webinar, 2);
        const qint64 rejectedOne = fixture.handedOver(Profile::Pricing, team.webinar, 3);
        const qint64 rejectedTwo = fixture.handedOver(Profile::Pricing, team.webinar, 3);
        fixture.handedOver(Profile::Pricing, team.whitepaper, 4);
        const qint64 recycled = fixture.handedOver(Profile::Pricing, team.whitepaper, 5);
        fixture.ui.clock().set(CalibrationFixture::day(7));
        fixture.accept(converted);
        fixture.convert(converted);
        fixture.accept(disqualified);
        fixture.disqualify(disqualified, "no_budget");
        fixture.reject(rejectedOne, "no_authority");
        fixture.reject(rejectedTwo, "no_authority");
        fixture.recycle(recycled, "bad_timing");
    }

    void show(FeedbackDimension by)
    {
        auto rows = FeedbackService(fixture.ui.db(), fixture.ui.clock())
                        .calibration(CalibrationFixture::day(1), CalibrationFixture::day(9), by);
        ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
        model.setRows(by, *rows,
                      {{QStringLiteral("no_authority"), QStringLiteral("No authority")},
                       {QStringLiteral("no_budget"), QStringLiteral("No budget")}});
    }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    CalibrationFixture fixture;
    CalibrationModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CalibrationModelTest, ByCampaign_CountsRatesAndTopReasonWorkedOutByHand)
{
    show(FeedbackDimension::Campaign);

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), CalibrationModel::ColumnCount);
    EXPECT_EQ(model.headerData(CalibrationModel::LabelColumn, Qt::Horizontal).toString(),
              QStringLiteral("Campaign"));
    // The webinar, largest first: 4 handed over, 2 accepted of 4 decided, 1 converted of 4.
    EXPECT_EQ(text(0, CalibrationModel::LabelColumn), QStringLiteral("Q3 Pipeline Webinar"));
    EXPECT_EQ(text(0, CalibrationModel::HandedOverColumn), QStringLiteral("4"));
    EXPECT_EQ(text(0, CalibrationModel::AcceptedColumn), QStringLiteral("2"));
    EXPECT_EQ(text(0, CalibrationModel::AcceptanceColumn), QStringLiteral("50%"));
    EXPECT_EQ(text(0, CalibrationModel::RejectedColumn), QStringLiteral("2"));
    EXPECT_EQ(text(0, CalibrationModel::DisqualifiedColumn), QStringLiteral("1"));
    EXPECT_EQ(text(0, CalibrationModel::ConvertedColumn), QStringLiteral("1"));
    EXPECT_EQ(text(0, CalibrationModel::ConversionColumn), QStringLiteral("25%"));
    // Two "no authority" of the three turned down.
    EXPECT_EQ(text(0, CalibrationModel::TopReasonColumn), QStringLiteral("No authority · 67%"));
    EXPECT_EQ(model.index(0, CalibrationModel::TopReasonColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("2 of the 3 rejected or disqualified, for this reason"));
    EXPECT_DOUBLE_EQ(
        model.index(0, CalibrationModel::AcceptanceColumn).data(CalibrationModel::ValueRole).toDouble(), 0.5);
    EXPECT_EQ(
        model.index(0, CalibrationModel::HandedOverColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);

    // The whitepaper: one open, one sent back before acceptance: 0 of 1 decided, nothing turned down.
    EXPECT_EQ(text(1, CalibrationModel::LabelColumn), QStringLiteral("State of RevOps Whitepaper"));
    EXPECT_EQ(text(1, CalibrationModel::HandedOverColumn), QStringLiteral("2"));
    EXPECT_EQ(text(1, CalibrationModel::AcceptanceColumn), QStringLiteral("0%"));
    EXPECT_EQ(text(1, CalibrationModel::ConversionColumn), QStringLiteral("0%"));
    EXPECT_EQ(text(1, CalibrationModel::TopReasonColumn), QStringLiteral("—"));
}

TEST_F(CalibrationModelTest, ByBand_HighestBandFirst)
{
    show(FeedbackDimension::Band);

    EXPECT_EQ(model.headerData(CalibrationModel::LabelColumn, Qt::Horizontal).toString(),
              QStringLiteral("Score band"));
    ASSERT_EQ(model.rowCount(), 2);
    // Pricing (40–59): 2 rejected of 3 decided; downloads (20–39): both accepted, one converted.
    EXPECT_EQ(text(0, CalibrationModel::LabelColumn), QStringLiteral("40–59"));
    EXPECT_EQ(text(0, CalibrationModel::HandedOverColumn), QStringLiteral("4"));
    EXPECT_EQ(text(0, CalibrationModel::AcceptanceColumn), QStringLiteral("0%"));
    EXPECT_EQ(text(0, CalibrationModel::TopReasonColumn), QStringLiteral("No authority · 100%"));
    EXPECT_EQ(text(1, CalibrationModel::LabelColumn), QStringLiteral("20–39"));
    EXPECT_EQ(text(1, CalibrationModel::AcceptanceColumn), QStringLiteral("100%"));
    EXPECT_EQ(text(1, CalibrationModel::ConversionColumn), QStringLiteral("50%"));
    EXPECT_EQ(text(1, CalibrationModel::TopReasonColumn), QStringLiteral("No budget · 100%"));
}

TEST_F(CalibrationModelTest, SetRows_Again_ResetsAndClearEmpties)
{
    show(FeedbackDimension::Rule);
    EXPECT_EQ(model.headerData(CalibrationModel::LabelColumn, Qt::Horizontal).toString(),
              QStringLiteral("Rule"));
    EXPECT_GE(model.rowCount(), 3); // downloads, pricing, target industry

    model.clear();

    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CalibrationModel, Percent_OneDecimalBelowTen)
{
    EXPECT_EQ(CalibrationModel::percent(2.0 / 3.0), QStringLiteral("67%"));
    EXPECT_EQ(CalibrationModel::percent(0.045), QStringLiteral("4.5%"));
    EXPECT_EQ(CalibrationModel::percent(0.0), QStringLiteral("0%"));
}

} // namespace
} // namespace baton::test
