#include "rejections/RejectionListModel.h"

#include "RejectionFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <set>

namespace baton::test {
namespace {

ReviewQuery thisWeek()
{
    ReviewQuery query;
    query.from = QDateTime(QDate(2026, 3, 9), QTime(0, 0), QTimeZone::utc());
    query.to = query.from.addDays(7);
    return query;
}

TEST(RejectionListModel, FiveHundredReviews_ArriveInPagesOfTwoHundredAsTheViewAsks)
{
    RejectionFixture fixture;
    fixture.rejectMany(500);
    RejectionListModel model(fixture.ui.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the test plays the scrolling view

    model.setQuery(thisWeek());
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.pagesRead(), 1);
    ASSERT_TRUE(model.canFetchMore({}));
    QSignalSpy inserted(&model, &RejectionListModel::rowsInserted);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 500);
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.pagesRead(), 3);

    // Newest first, every review once, across the pages' edges.
    std::set<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const RejectionReview *review = model.reviewAt(row);
        ASSERT_NE(review, nullptr);
        EXPECT_TRUE(seen.insert(review->id).second) << "row " << row;
        if (row > 0) {
            const RejectionReview *previous = model.reviewAt(row - 1);
            EXPECT_TRUE(previous->rejectedAt > review->rejectedAt ||
                        (previous->rejectedAt == review->rejectedAt && previous->id > review->id));
        }
    }
    EXPECT_EQ(model.index(0, RejectionListModel::LeadColumn).data().toString(), QStringLiteral("Lead 000"));
    EXPECT_EQ(model.index(499, RejectionListModel::LeadColumn).data().toString(), QStringLiteral("Lead 499"));
}

TEST(RejectionListModel, Columns_SayWhenWhoWhyAndWhereTheReviewStands)
{
    RejectionFixture fixture;
    RejectionSpec spec;
    spec.name = QStringLiteral("Nora Note");
    spec.company = QStringLiteral("Initech");
    spec.reason = QStringLiteral("bad_data");
    spec.note = QStringLiteral("The phone number is a fax");
    const qint64 reviewId = fixture.reject(spec);
    RejectionListModel model(fixture.ui.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the test plays the scrolling view
    model.setQuery(thisWeek());

    ASSERT_EQ(model.rowCount(), 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    EXPECT_EQ(cell(RejectionListModel::LeadColumn).toString(), QStringLiteral("Nora Note"));
    EXPECT_EQ(cell(RejectionListModel::CompanyColumn).toString(), QStringLiteral("Initech"));
    EXPECT_EQ(cell(RejectionListModel::StageColumn).toString(), QStringLiteral("Rejected"));
    EXPECT_EQ(cell(RejectionListModel::ReasonColumn).toString(), QStringLiteral("Bad contact data"));
    EXPECT_EQ(cell(RejectionListModel::ReasonColumn, Qt::ToolTipRole).toString(),
              QStringLiteral("The phone number is a fax"));
    EXPECT_EQ(cell(RejectionListModel::OwnerColumn).toString(), QStringLiteral("Sam Rivera"));
    EXPECT_EQ(cell(RejectionListModel::StatusColumn).toString(), QStringLiteral("Open"));
    EXPECT_FALSE(cell(RejectionListModel::WhenColumn).toString().isEmpty());
    EXPECT_EQ(cell(0, RejectionListModel::ReviewIdRole).toLongLong(), reviewId);
    EXPECT_EQ(cell(0, RejectionListModel::VersionRole).toLongLong(), 1);
    EXPECT_EQ(model.rowOfReview(reviewId), 0);

    ReviewQuery disputed = thisWeek();
    disputed.status = ReviewStatus::Disputed;
    model.setQuery(disputed);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST(RejectionListModel, Reload_ReadsAsManyRowsAsWereLoaded)
{
    RejectionFixture fixture;
    fixture.rejectMany(450);
    RejectionListModel model(fixture.ui.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the test plays the scrolling view
    model.setQuery(thisWeek());
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 400);

    model.reload();

    EXPECT_EQ(model.rowCount(), 400);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
}

} // namespace
} // namespace baton::test
