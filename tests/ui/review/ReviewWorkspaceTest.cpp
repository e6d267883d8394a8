#include "review/ReviewWorkspace.h"

#include "UiFixture.h"
#include "agreement/BackgroundTask.h"
#include "review/AcceptanceTrendChart.h"
#include "review/AgendaModel.h"
#include "review/FunnelChart.h"
#include "review/MeetingPanel.h"
#include "review/OwnerSlaChart.h"
#include "review/ReviewExportButton.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewLeadModel.h"
#include "review/ReviewTile.h"
#include "review/ReviewTiles.h"
#include "services/LeadService.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

/// The Review page on hand-made handoffs in the week of referenceTime() (from Monday
/// 2026-03-09, UTC) and the week before.
class ReviewWorkspaceTest : public ::testing::Test {
protected:
    ReviewWorkspaceTest()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QDateTime monday(QDate(2026, 3, 9), QTime(9, 0), QTimeZone::utc());
        // This week: three from the webinar for Sam (two accepted, one rejected), one without a
        // campaign for Olive (accepted).
        accepted(handedOver(QStringLiteral("Ann"), monday, fixture.team().sdr, fixture.team().webinar),
                 fixture.team().sdr);
        accepted(handedOver(QStringLiteral("Ben"), monday.addSecs(600), fixture.team().sdr,
                            fixture.team().webinar),
                 fixture.team().sdr);
        rejected(handedOver(QStringLiteral("Cat"), monday.addSecs(1200), fixture.team().sdr,
                            fixture.team().webinar));
        accepted(handedOver(QStringLiteral("Dan"), monday.addSecs(1800), fixture.team().otherSdr, {}),
                 fixture.team().otherSdr);
        // The week before: two, both rejected.
        rejected(handedOver(QStringLiteral("Eve"), monday.addDays(-7), fixture.team().sdr,
                            fixture.team().webinar));
        rejected(handedOver(QStringLiteral("Fay"), monday.addDays(-6), fixture.team().sdr, {}));
        fixture.clock().set(referenceTime());
    }
    ~ReviewWorkspaceTest() override { QLocale::setDefault(QLocale::system()); }

    qint64 handedOver(const QString &name, const QDateTime &at, qint64 owner, std::optional<qint64> campaign)
    {
        const qint64 id =
            fixture.addLead(LeadSpec{.name = name, .stage = Stage::Nurture, .campaignId = campaign});
        fixture.clock().set(at);
        EXPECT_TRUE(leads().handOver(id, owner, fixture.team().salesManager).ok());
        return id;
    }
    void accepted(qint64 id, qint64 by)
    {
        fixture.clock().set(fixture.clock().now().addSecs(60));
        EXPECT_TRUE(leads().accept(id, by).ok());
    }
    void rejected(qint64 id)
    {
        fixture.clock().set(fixture.clock().now().addSecs(60));
        EXPECT_TRUE(leads()
                        .reject(id, fixture.team().sdr, QStringLiteral("no_authority"), QStringLiteral("No"))
                        .ok());
    }
    LeadService leads() { return LeadService(fixture.db(), fixture.clock()); }

    /// A page in UTC, shown and counted.
    std::unique_ptr<ReviewWorkspace> open()
    {
        auto page = std::make_unique<ReviewWorkspace>(fixture.session());
        page->filterBar()->setTimeZone(QTimeZone::utc());
        page->resize(1280, 800);
        QSignalSpy shown(page.get(), &ReviewWorkspace::shown);
        page->refresh();
        EXPECT_TRUE(shown.wait(10000));
        return page;
    }

    static void choose(ReviewWorkspace &page, QComboBox *combo, const QString &text)
    {
        QSignalSpy shown(&page, &ReviewWorkspace::shown);
        const int index = combo->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        combo->setCurrentIndex(index);
        ASSERT_TRUE(shown.wait(10000));
    }

    QString tileValue(ReviewWorkspace &page, MetricKey key) { return page.tiles()->tile(key)->value(); }

    UiFixture fixture;
};

TEST_F(ReviewWorkspaceTest, Refresh_CountsThisWeekOffTheUiThreadAndShowsIt)
{
    auto page = std::make_unique<ReviewWorkspace>(fixture.session());
    page->filterBar()->setTimeZone(QTimeZone::utc());
    QSignalSpy shown(page.get(), &ReviewWorkspace::shown);

    page->refresh();

    EXPECT_TRUE(page->task()->isRunning());
    EXPECT_EQ(page->status(), QStringLiteral("Counting\u2026"));
    ASSERT_TRUE(shown.wait(10000));
    ASSERT_TRUE(page->numbers().has_value());
    EXPECT_TRUE(page->status().isEmpty());
    EXPECT_EQ(tileValue(*page, MetricKey::HandedOver), QStringLiteral("4"));
    EXPECT_EQ(tileValue(*page, MetricKey::AcceptanceRate), QStringLiteral("75%"));
    EXPECT_EQ(page->tiles()->tile(MetricKey::AcceptanceRate)->change(),
              QStringLiteral("+75.0 pts against 0%"));
    EXPECT_EQ(page->tiles()->tile(MetricKey::AcceptanceRate)->trend(), ReviewTrend::Better);
}

TEST_F(ReviewWorkspaceTest, Shown_ChartsCarryTheWeeksNumbers)
{
    auto page = open();

    EXPECT_EQ(page->funnelChart()->categories().size(), 3);
    EXPECT_TRUE(page->funnelChart()->details().first().startsWith(QStringLiteral("Handed over: 4 leads")));
    EXPECT_EQ(page->ownerChart()->categories().isEmpty(), page->numbers()->owners.empty());
    EXPECT_GE(page->numbers()->review.weeks.size(), 12u);
}

TEST_F(ReviewWorkspaceTest, LastWeek_CountsThatWeekAgainstTheOneBefore)
{
    auto page = open();

    choose(*page, page->filterBar()->weekCombo(), page->filterBar()->weekCombo()->itemText(1));

    EXPECT_EQ(page->numbers()->request.from, QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(tileValue(*page, MetricKey::HandedOver), QStringLiteral("2"));
    EXPECT_EQ(tileValue(*page, MetricKey::AcceptanceRate), QStringLiteral("0%"));
}

TEST_F(ReviewWorkspaceTest, CampaignFilter_NarrowsToItsHandoffs)
{
    auto page = open();

    choose(*page, page->filterBar()->campaignCombo(), QStringLiteral("Q3 Pipeline Webinar"));

    EXPECT_EQ(page->numbers()->request.filter.campaignId, fixture.team().webinar);
    EXPECT_EQ(tileValue(*page, MetricKey::HandedOver), QStringLiteral("3"));
    EXPECT_EQ(tileValue(*page, MetricKey::AcceptanceRate), QStringLiteral("67%"));
}

TEST_F(ReviewWorkspaceTest, OwnerAndTeamFilters_NarrowToTheirHandoffs)
{
    auto page = open();

    choose(*page, page->filterBar()->ownerCombo(), QStringLiteral("Olive Chen"));
    EXPECT_EQ(tileValue(*page, MetricKey::HandedOver), QStringLiteral("1"));

    choose(*page, page->filterBar()->ownerCombo(), QStringLiteral("All"));
    choose(*page, page->filterBar()->teamCombo(), QStringLiteral("North America"));
    EXPECT_EQ(page->numbers()->request.filter.team, QStringLiteral("North America"));
    EXPECT_EQ(tileValue(*page, MetricKey::HandedOver), QStringLiteral("3"));
}

TEST_F(ReviewWorkspaceTest, NewerRequest_SupersedesTheOneBeingCounted)
{
    auto page = std::make_unique<ReviewWorkspace>(fixture.session());
    page->filterBar()->setTimeZone(QTimeZone::utc());
    page->refresh();
    ASSERT_TRUE(page->task()->isRunning());
    QSignalSpy shown(page.get(), &ReviewWorkspace::shown);

    page->filterBar()->weekCombo()->setCurrentIndex(1);

    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(shown.count(), 1); // this week's numbers were never shown
    EXPECT_EQ(tileValue(*page, MetricKey::HandedOver), QStringLiteral("2"));
    EXPECT_FALSE(page->task()->isRunning());
}

TEST_F(ReviewWorkspaceTest, ClickOnAFunnelBar_ShowsItsNumbersBelowTheCharts)
{
    auto page = open();
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    FunnelChart *chart = page->funnelChart();
    QChartView *view = page->viewOf(chart);
    ASSERT_NE(view, nullptr);

    // The middle of the accepted bar (category 1 of the set, drawn second from the bottom).
    QAbstractSeries *series = chart->series().first();
    const QPointF inScene = chart->mapToScene(chart->mapToPosition(QPointF(1.5, 1), series));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(inScene));

    EXPECT_TRUE(page->detailText().startsWith(QStringLiteral("Accepted: 3 of 4 decided (75%)")))
        << page->detailText().toStdString();
}

TEST_F(ReviewWorkspaceTest, ClickOnAnOwnersBar_SaysTheOwnersCompliance)
{
    auto page = open();
    OwnerSlaChart *chart = page->ownerChart();
    ASSERT_FALSE(chart->details().isEmpty());

    chart->pick(0);

    EXPECT_TRUE(page->detailText().startsWith(QStringLiteral("Owner "))) << page->detailText().toStdString();
}

TEST_F(ReviewWorkspaceTest, ClickOnAnOwnersBar_ListsTheOwnersHandoffs)
{
    auto page = open();
    OwnerSlaChart *chart = page->ownerChart();
    const int olive = static_cast<int>(chart->categories().indexOf(QStringLiteral("Olive Chen")));
    ASSERT_GE(olive, 0);
    QSignalSpy listed(page.get(), &ReviewWorkspace::leadsShown);

    chart->pick(olive);

    ASSERT_TRUE(listed.wait(10000));
    ASSERT_EQ(page->leadModel()->rowCount(), 1);
    EXPECT_EQ(page->leadModel()->leadAt(0)->name, QStringLiteral("Dan"));
    EXPECT_EQ(page->leadTitle(), QStringLiteral("1 handoff behind it"));
}

TEST_F(ReviewWorkspaceTest, ClickOnAWeeksPoint_ListsThatWeeksHandoffs)
{
    auto page = open();
    AcceptanceTrendChart *chart = page->trendChart();
    const int lastWeek = static_cast<int>(page->numbers()->review.weeks.size()) - 2;
    QSignalSpy listed(page.get(), &ReviewWorkspace::leadsShown);

    chart->pick(lastWeek);

    ASSERT_TRUE(listed.wait(10000));
    EXPECT_TRUE(page->detailText().startsWith(QStringLiteral("Week of 2 Mar: 2 handed over")))
        << page->detailText().toStdString();
    ASSERT_EQ(page->leadModel()->rowCount(), 2);
    EXPECT_EQ(page->leadModel()->leadAt(0)->name, QStringLiteral("Fay"));
}

TEST_F(ReviewWorkspaceTest, MeetingMode_ShowsTheAgendaOfTheWeekCounted)
{
    auto page = open();
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    EXPECT_FALSE(page->meetingPanel()->isVisible());
    EXPECT_EQ(page->meetingButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QTest::mouseClick(page->meetingButton(), Qt::LeftButton);

    EXPECT_TRUE(page->meetingMode());
    EXPECT_TRUE(page->meetingPanel()->isVisible());
    EXPECT_EQ(page->meetingPanel()->week(), QDate(2026, 3, 9));
    QStringList agenda;
    for (int row = 0; row < page->meetingPanel()->agendaModel()->rowCount(); ++row)
        agenda << page->meetingPanel()->agendaModel()->index(row, 0).data().toString();
    EXPECT_TRUE(
        agenda.contains(QStringLiteral("Acceptance rate (MQL to SAL) rose 75 points (0% \u2192 75%)")))
        << agenda.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(agenda.contains(QStringLiteral("Handed over rose 100% (2 \u2192 4)")))
        << agenda.join(QLatin1Char('\n')).toStdString();

    choose(*page, page->filterBar()->weekCombo(), page->filterBar()->weekCombo()->itemText(1));
    EXPECT_EQ(page->meetingPanel()->week(), QDate(2026, 3, 2));

    QTest::mouseClick(page->meetingButton(), Qt::LeftButton);
    EXPECT_FALSE(page->meetingPanel()->isVisible());
}

TEST_F(ReviewWorkspaceTest, ExportButton_OffWhileAWeekIsCounted_OnWithItsNumbers)
{
    auto page = open();
    EXPECT_TRUE(page->exportButton()->isEnabled());

    QSignalSpy shown(page.get(), &ReviewWorkspace::shown);
    page->filterBar()->weekCombo()->setCurrentIndex(1);
    EXPECT_FALSE(page->exportButton()->isEnabled()); // the week before is being counted
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_TRUE(page->exportButton()->isEnabled());
}

} // namespace
} // namespace baton::test
