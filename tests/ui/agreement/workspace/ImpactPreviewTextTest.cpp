#include "agreement/ImpactPreviewText.h"

#include "agreement/ReasonImpactModel.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

ImpactPreview aPreview()
{
    ImpactPreview preview;
    preview.versionNumber = 4;
    preview.weeks = 12;
    preview.to = referenceTime();
    preview.from = referenceTime().addDays(-84);
    preview.actualHandoffs = 400;
    preview.draftHandoffs = 350;
    preview.bothHandoffs = 300;
    preview.judged = 200;
    preview.judgedAccepted = 120;
    preview.judgedSent = 150;
    preview.judgedSentAccepted = 105;
    preview.reasons = {ReasonImpact{QStringLiteral("not_icp_fit"), QStringLiteral("Not an ICP fit"), 30, 2},
                       ReasonImpact{QStringLiteral("no_authority"), QStringLiteral("No authority"), 0, 4}};
    return preview;
}

TEST(ImpactPreviewText, Paragraphs_HandoffsOverlapAndAcceptanceInWords)
{
    const ImpactPreview preview = aPreview();

    const QString handoffs = ImpactPreviewText::handoffs(preview);
    EXPECT_TRUE(handoffs.startsWith(QStringLiteral("In the last 12 weeks"))) << handoffs.toStdString();
    EXPECT_TRUE(handoffs.contains(QStringLiteral("400 leads were handed over to sales; version 4 would have "
                                                 "handed over 350 leads. That is 50 fewer.")))
        << handoffs.toStdString();
    EXPECT_EQ(
        ImpactPreviewText::overlap(preview),
        QStringLiteral("300 leads would have been handed over either way. Version 4 would have held back "
                       "100 leads that were handed over, and handed over 50 leads that were not."));
    EXPECT_EQ(
        ImpactPreviewText::acceptance(preview),
        QStringLiteral("Sales accepted 120 of the 200 leads it judged (60%). Of the 150 leads that version 4 "
                       "would also have sent, it accepted 105 (70%). Acceptance would have been 10 points "
                       "higher."));
    EXPECT_EQ(ImpactPreviewText::paragraphs(preview).size(), 3);
}

TEST(ImpactPreviewText, Acceptance_NothingJudgedYet_SaysThereIsNoRate)
{
    ImpactPreview preview = aPreview();
    preview.judged = preview.judgedAccepted = preview.judgedSent = preview.judgedSentAccepted = 0;

    EXPECT_TRUE(ImpactPreviewText::acceptance(preview).contains(QStringLiteral("no acceptance rate")));
    EXPECT_EQ(ImpactPreviewText::percent(std::nullopt), QStringLiteral("—"));
}

TEST(ReasonImpactModel, SetReasons_PassesModelTesterAndShowsAvoidedAddedAndNet)
{
    ReasonImpactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setReasons(aPreview().reasons);

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ReasonImpactModel::ReasonColumn).data().toString(),
              QStringLiteral("Not an ICP fit"));
    EXPECT_EQ(model.index(0, ReasonImpactModel::AvoidedColumn).data().toString(), QStringLiteral("30"));
    EXPECT_EQ(model.index(0, ReasonImpactModel::AddedColumn).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model.index(0, ReasonImpactModel::NetColumn).data().toString(), QStringLiteral("-28"));
    EXPECT_EQ(model.index(1, ReasonImpactModel::NetColumn).data().toString(), QStringLiteral("+4"));
    EXPECT_EQ(model.index(1, ReasonImpactModel::NetColumn).data(ReasonImpactModel::ValueRole).toLongLong(),
              4);
    EXPECT_EQ(model.index(1, 0).data(ReasonImpactModel::CodeRole).toString(), QStringLiteral("no_authority"));

    model.setReasons({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace baton::test
