#include "rejections/InboxGroupModel.h"

#include "RejectionFixture.h"
#include "services/FeedbackService.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::utc());
}

/// Four rejections in the week of Monday 9 March, two in the four weeks before it.
class InboxGroupModelTest : public ::testing::Test {
protected:
    InboxGroupModelTest()
    {
        const Team &team = fixture.ui.team();
        add(QStringLiteral("no_authority"), utc(3, 10, 9), team.sdr, team.webinar, 45);
        add(QStringLiteral("no_authority"), utc(3, 9, 12), team.sdr, team.webinar, 50);
        add(QStringLiteral("no_authority"), utc(3, 9, 15), team.otherSdr, team.whitepaper, 41);
        add(QStringLiteral("bad_data"), utc(3, 10, 8), team.sdr, std::nullopt, 85);
        add(QStringLiteral("bad_data"), utc(3, 2, 10), team.sdr, team.webinar, 20);
        add(QStringLiteral("no_authority"), utc(2, 16, 10), team.sdr, team.webinar, 20);
    }

    void add(const QString &reason, const QDateTime &at, qint64 by, std::optional<qint64> campaign, int score)
    {
        RejectionSpec spec;
        spec.name = QStringLiteral("Lead %1").arg(++count);
        spec.reason = reason;
        spec.at = at;
        spec.by = by;
        spec.campaignId = campaign;
        spec.score = score;
        fixture.reject(spec);
    }

    RejectionInbox inbox()
    {
        auto counted =
            FeedbackService(fixture.ui.db(), fixture.ui.clock()).inbox(utc(3, 9, 0), utc(3, 16, 0), 4);
        EXPECT_TRUE(counted.ok()) << (counted.ok() ? "" : counted.error().message.toStdString());
        return counted.ok() ? *counted : RejectionInbox{};
    }

    QString cell(const InboxGroupModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }

    RejectionFixture fixture;
    int count = 0;
};

TEST_F(InboxGroupModelTest, ByReason_CountsSharesAverageChangeAndTrend)
{
    InboxGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RejectionInbox counted = inbox();
    ASSERT_EQ(counted.total, 4);
    ASSERT_EQ(counted.earlierTotal, 2);
    model.setGroups(counted.groups.at(FeedbackDimension::Reason), counted.earlierWeeks,
                    QStringLiteral("Reason"));

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(InboxGroupModel::LabelColumn, Qt::Horizontal).toString(),
              QStringLiteral("Reason"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::LabelColumn), QStringLiteral("No authority"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::CountColumn), QStringLiteral("3"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::ShareColumn), QStringLiteral("75%"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::EarlierColumn), QStringLiteral("0.3")); // 1 in 4 weeks
    EXPECT_EQ(cell(model, 0, InboxGroupModel::ChangeColumn), QStringLiteral("\u25b2 +25.0 pts"));
    EXPECT_EQ(model.index(0, InboxGroupModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>(),
              QColor(0xb9, 0x1c, 0x1c));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::TrendColumn), QStringLiteral("\u2581\u2583\u2581\u2581\u2588"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::LabelColumn, InboxGroupModel::KeyRole),
              QStringLiteral("no_authority"));
    EXPECT_EQ(model.index(0, 0).data(InboxGroupModel::WeeklyRole).toList(), (QVariantList{0, 1, 0, 0, 3}));
    EXPECT_EQ(model.index(0, 0).data(InboxGroupModel::EarlierWeeksRole).toInt(), 4);

    EXPECT_EQ(cell(model, 1, InboxGroupModel::LabelColumn), QStringLiteral("Bad contact data"));
    EXPECT_EQ(cell(model, 1, InboxGroupModel::ChangeColumn), QStringLiteral("\u25bc \u221225.0 pts"));
    EXPECT_EQ(model.index(1, InboxGroupModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>(),
              QColor(0x15, 0x80, 0x3d));
    EXPECT_EQ(model.rowOfKey(QStringLiteral("bad_data")), 1);
    EXPECT_FALSE(model.rowOfKey(QStringLiteral("duplicate")).has_value());

    model.setGroups({}, 4);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(InboxGroupModelTest, OtherGroupings_CampaignBandAndOwnerCountTheSameRejections)
{
    InboxGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RejectionInbox counted = inbox();

    model.setGroups(counted.groups.at(FeedbackDimension::Campaign), counted.earlierWeeks);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, InboxGroupModel::LabelColumn), QStringLiteral("Q3 Pipeline Webinar"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::CountColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(model, 0, 0, InboxGroupModel::KeyRole), QString::number(fixture.ui.team().webinar));

    model.setGroups(counted.groups.at(FeedbackDimension::Band), counted.earlierWeeks);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, InboxGroupModel::LabelColumn), QStringLiteral("40–59"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::CountColumn), QStringLiteral("3"));
    EXPECT_EQ(cell(model, 1, InboxGroupModel::LabelColumn), QStringLiteral("80–99"));
    // A band with rejections only in the weeks before stays, at none: its share fell.
    EXPECT_EQ(cell(model, 2, InboxGroupModel::LabelColumn), QStringLiteral("20–39"));
    EXPECT_EQ(cell(model, 2, InboxGroupModel::CountColumn), QStringLiteral("0"));
    EXPECT_EQ(cell(model, 2, InboxGroupModel::ChangeColumn), QStringLiteral("\u25bc \u2212100.0 pts"));

    model.setGroups(counted.groups.at(FeedbackDimension::Owner), counted.earlierWeeks);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, InboxGroupModel::LabelColumn), QStringLiteral("Sam Rivera"));
    EXPECT_EQ(cell(model, 0, InboxGroupModel::CountColumn), QStringLiteral("3"));
    EXPECT_EQ(cell(model, 1, InboxGroupModel::LabelColumn), QStringLiteral("Olive Chen"));
}

} // namespace
} // namespace baton::test
