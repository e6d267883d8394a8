#include "review/AcceptanceTrendChart.h"
#include "review/CompletenessChart.h"
#include "review/ContactHistogramChart.h"
#include "review/FunnelChart.h"
#include "review/OwnerSlaChart.h"
#include "review/RejectionReasonsChart.h"

#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class ReviewChartsTest : public ::testing::Test {
protected:
    ReviewChartsTest() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~ReviewChartsTest() override { QLocale::setDefault(QLocale::system()); }

    /// The one bar set of a chart of horizontal bars.
    static QBarSet *barsOf(QChart &chart)
    {
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart.series().value(0));
        return series && series->count() == 1 ? series->barSets().first() : nullptr;
    }

    static GroupMetrics group(const QString &label, int handedOver, int met, int missed, int complete)
    {
        GroupMetrics row;
        row.key = label;
        row.label = label;
        row.metrics.handedOver = handedOver;
        row.metrics.slaMet = met;
        row.metrics.slaMissed = missed;
        row.metrics.complete = complete;
        return row;
    }

    static WeekMetrics week(const QDate &monday, int accepted, int rejected)
    {
        WeekMetrics week;
        week.monday = monday;
        week.metrics.handedOver = accepted + rejected + 2;
        week.metrics.accepted = accepted;
        week.metrics.rejected = rejected;
        return week;
    }
};

TEST_F(ReviewChartsTest, Funnel_OneBarPerStageHandedOverOnTop)
{
    PeriodMetrics metrics;
    metrics.handedOver = 200;
    metrics.accepted = 120;
    metrics.rejected = 40;
    metrics.converted = 30;
    FunnelChart chart;

    chart.showMetrics(metrics);

    ASSERT_EQ(chart.series().size(), 1);
    QBarSet *bars = barsOf(chart);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 3);
    // The first category is drawn at the top, the last bar of the set.
    EXPECT_EQ(bars->at(2), 200);
    EXPECT_EQ(bars->at(1), 120);
    EXPECT_EQ(bars->at(0), 30);
    EXPECT_EQ(chart.categories().first(), QStringLiteral("Handed over"));
    EXPECT_EQ(chart.details().at(1),
              QStringLiteral("Accepted: 120 of 160 decided (75%), 60% of the 200 handed over"));
}

TEST_F(ReviewChartsTest, Funnel_NothingHandedOver_SaysSoInTheTitle)
{
    FunnelChart chart;

    chart.showMetrics({});

    EXPECT_TRUE(chart.series().isEmpty());
    EXPECT_TRUE(chart.title().contains(QStringLiteral("nothing in this period")));
}

TEST_F(ReviewChartsTest, ContactHistogram_BarsCarryTheHistogramColouredBySlaWindow)
{
    PeriodMetrics metrics;
    metrics.firstContactHistogram = {10, 20, 30, 40, 50, 60, 70, 80, 90};
    ContactHistogramChart chart;

    chart.showMetrics(metrics);

    ASSERT_EQ(chart.series().size(), 1);
    auto *series = qobject_cast<QStackedBarSeries *>(chart.series().first());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 4); // hot, warm, cool, later
    for (int bar = 0; bar < 9; ++bar) {
        qreal sum = 0;
        for (QBarSet *set : series->barSets())
            sum += set->at(bar);
        EXPECT_EQ(sum, metrics.firstContactHistogram[bar]) << bar;
    }
    QBarSet *hot = series->barSets().at(0);
    EXPECT_EQ(hot->at(0), 10);
    EXPECT_EQ(hot->at(1), 20);
    EXPECT_EQ(hot->at(2), 0);
    EXPECT_EQ(series->barSets().at(1)->at(5), 60); // 2–4 h: within the warm tier's 240 minutes
    EXPECT_EQ(series->barSets().at(2)->at(6), 70); // 4–8 h: within the cool tier's 480 minutes
    EXPECT_EQ(series->barSets().at(3)->at(7), 80);
}

TEST_F(ReviewChartsTest, ContactHistogram_LabelsFromTheBucketEdges)
{
    const QStringList expected{
        QStringLiteral("< 5 min"),        QStringLiteral("5\u201315 min"), QStringLiteral("15\u201330 min"),
        QStringLiteral("30\u201360 min"), QStringLiteral("1\u20132 h"),    QStringLiteral("2\u20134 h"),
        QStringLiteral("4\u20138 h"),     QStringLiteral("8\u201316 h"),   QStringLiteral("16 h+")};
    for (int index = 0; index < expected.size(); ++index)
        EXPECT_EQ(ContactHistogramChart::barLabel(index), expected.at(index)) << index;
    EXPECT_EQ(ContactHistogramChart::windowOf(1), 0);
    EXPECT_EQ(ContactHistogramChart::windowOf(2), 1);
    EXPECT_EQ(ContactHistogramChart::windowOf(6), 2);
    EXPECT_EQ(ContactHistogramChart::windowOf(8), 3);
}

TEST_F(ReviewChartsTest, AcceptanceTrend_APointPerWeekWithDecisions)
{
    const QDate first(2026, 2, 23);
    ReviewMetrics review;
    review.weeks = {week(first, 6, 2), week(first.addDays(7), 0, 0), week(first.addDays(14), 3, 1)};
    AcceptanceTrendChart chart;

    chart.showWeeks(review.weeks, 2026);

    ASSERT_NE(chart.line(), nullptr);
    ASSERT_EQ(chart.line()->count(), 2);
    EXPECT_EQ(chart.line()->at(0), QPointF(0, 75));
    EXPECT_EQ(chart.line()->at(1), QPointF(2, 75));
    EXPECT_EQ(chart.categories(),
              (QStringList{QStringLiteral("23 Feb"), QStringLiteral("2 Mar"), QStringLiteral("9 Mar")}));
}

TEST_F(ReviewChartsTest, AcceptanceTrend_ClickedPoint_SaysTheWeeksNumbers)
{
    const QDate first(2026, 2, 23);
    AcceptanceTrendChart chart;
    chart.showWeeks({week(first, 6, 2), week(first.addDays(7), 3, 1)}, 2026);
    QSignalSpy picked(&chart, &ReviewChart::picked);

    Q_EMIT chart.line()->clicked(QPointF(1.1, 70));

    ASSERT_EQ(picked.count(), 1);
    const QString detail = picked.first().first().toString();
    EXPECT_TRUE(
        detail.startsWith(QStringLiteral("Week of 2 Mar: 6 handed over; acceptance 75% (3 accepted of 4 "
                                         "decided)")))
        << detail.toStdString();
}

TEST_F(ReviewChartsTest, OwnerSla_OwnersWithJudgedClocks_InTheirOrder)
{
    OwnerSlaChart chart;

    chart.showGroups({group(QStringLiteral("Maya Patel"), 70, 41, 19, 0),
                      group(QStringLiteral("Nobody"), 5, 0, 0, 0),
                      group(QStringLiteral("Leo Park"), 30, 9, 1, 0)});

    QBarSet *bars = barsOf(chart);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2);
    EXPECT_EQ(chart.categories(), (QStringList{QStringLiteral("Maya Patel"), QStringLiteral("Leo Park")}));
    EXPECT_EQ(bars->at(1), 68); // Maya, on top
    EXPECT_EQ(bars->at(0), 90);
    EXPECT_TRUE(chart.details().first().startsWith(QStringLiteral("Owner Maya Patel: 41 met of 60 (68%)")));
}

TEST_F(ReviewChartsTest, OwnerSla_ClickedBar_SaysItsOwner)
{
    OwnerSlaChart chart;
    chart.showGroups(
        {group(QStringLiteral("Maya Patel"), 70, 41, 19, 0), group(QStringLiteral("Leo Park"), 30, 9, 1, 0)});
    QSignalSpy picked(&chart, &ReviewChart::picked);

    Q_EMIT barsOf(chart)->clicked(0); // the bottom bar: the last owner

    ASSERT_EQ(picked.count(), 1);
    EXPECT_TRUE(
        picked.first().first().toString().startsWith(QStringLiteral("Owner Leo Park: 9 met of 10 (90%)")));
}

TEST_F(ReviewChartsTest, Completeness_ShareOfCompletePackagesPerCampaign)
{
    CompletenessChart chart;

    chart.showGroups({group(QStringLiteral("Webinar"), 40, 0, 0, 30),
                      group(QStringLiteral("Ebook"), 0, 0, 0, 0),
                      group(QStringLiteral("No campaign"), 10, 0, 0, 1)});

    QBarSet *bars = barsOf(chart);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2);
    EXPECT_EQ(bars->at(1), 75);
    EXPECT_EQ(bars->at(0), 10);
    EXPECT_EQ(chart.details().first(), QStringLiteral("Campaign Webinar: 30 complete of 40 handoffs (75%)"));
}

TEST_F(ReviewChartsTest, RejectionReasons_ABarPerReasonWithItsShare)
{
    RejectionReasonsChart chart;

    chart.showReasons({{QStringLiteral("no_authority"), QStringLiteral("No authority"), 30},
                       {QStringLiteral("not_icp_fit"), QStringLiteral("Not an ICP fit"), 10}});

    QBarSet *bars = barsOf(chart);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2);
    EXPECT_EQ(bars->at(1), 30);
    EXPECT_EQ(chart.details().at(1),
              QStringLiteral("Reason Not an ICP fit: 10 of 40 rejections and disqualifications (25%)"));
}

TEST_F(ReviewChartsTest, MouseClickOnABar_SaysWhatIsBehindIt)
{
    auto *chart = new FunnelChart;
    PeriodMetrics metrics;
    metrics.handedOver = 100;
    metrics.accepted = 50;
    metrics.rejected = 50;
    metrics.converted = 10;
    chart->showMetrics(metrics);
    QChartView view(chart);
    view.resize(600, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy picked(chart, &ReviewChart::picked);

    // The middle of the top bar (handed over: the last of the set, category 2).
    QAbstractSeries *series = chart->series().first();
    const QPointF inScene = chart->mapToScene(chart->mapToPosition(QPointF(50, 2), series));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(inScene));

    ASSERT_EQ(picked.count(), 1);
    EXPECT_TRUE(picked.first().first().toString().startsWith(QStringLiteral("Handed over: 100 leads")));
}

} // namespace
} // namespace baton::test
