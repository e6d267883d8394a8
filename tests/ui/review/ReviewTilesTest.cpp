#include "review/ReviewTiles.h"

#include "review/ReviewTile.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class ReviewTilesTest : public ::testing::Test {
protected:
    ReviewTilesTest()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        PeriodMetrics &now = metrics.current;
        now.handedOver = 120;
        now.accepted = 70;
        now.rejected = 30;
        now.converted = 14;
        now.complete = 90;
        now.slaMet = 80;
        now.slaMissed = 20;
        now.firstContactBusiness = {90, 40 * 60, 3 * 3600};
        now.firstContactWall = {90, 2 * 3600, 26 * 3600};
        now.staleMqls = 4;
        now.movesWithoutContact = 6;
        PeriodMetrics &before = metrics.previous;
        before.handedOver = 100;
        before.accepted = 60;
        before.rejected = 40;
        before.converted = 12;
        before.complete = 80;
        before.slaMet = 60;
        before.slaMissed = 40;
        before.firstContactBusiness = {80, 50 * 60, 2 * 3600};
        before.firstContactWall = {80, 3 * 3600, 20 * 3600};
        before.staleMqls = 9;
        before.movesWithoutContact = 2;
        metrics.definitionNumber = 3;
        metrics.timeToAgreementSeconds = 5 * 24 * 3600;
    }
    ~ReviewTilesTest() override { QLocale::setDefault(QLocale::system()); }

    ReviewMetrics metrics;
    ReviewTiles tiles;
};

TEST_F(ReviewTilesTest, ShowMetrics_EveryTileShowsItsNumber)
{
    tiles.showMetrics(metrics);

    EXPECT_EQ(tiles.tile(MetricKey::HandedOver)->value(), QStringLiteral("120"));
    EXPECT_EQ(tiles.tile(MetricKey::AcceptanceRate)->value(), QStringLiteral("70%"));
    EXPECT_EQ(tiles.tile(MetricKey::SalToSql)->value(), QStringLiteral("20%"));
    EXPECT_EQ(tiles.tile(MetricKey::MqlToSql)->value(), QStringLiteral("12%"));
    EXPECT_EQ(tiles.tile(MetricKey::SlaCompliance)->value(), QStringLiteral("80%"));
    EXPECT_EQ(tiles.tile(MetricKey::Completeness)->value(), QStringLiteral("75%"));
    EXPECT_EQ(tiles.tile(MetricKey::FirstContactMedian)->value(), QStringLiteral("40 min"));
    EXPECT_EQ(tiles.tile(MetricKey::FirstContactP90)->value(), QStringLiteral("3 h"));
    EXPECT_EQ(tiles.tile(MetricKey::StaleMqls)->value(), QStringLiteral("4"));
    EXPECT_EQ(tiles.tile(MetricKey::MovesWithoutContact)->value(), QStringLiteral("6"));
    EXPECT_EQ(tiles.tile(MetricKey::TimeToAgreement)->value(), QStringLiteral("5 d"));
    EXPECT_EQ(tiles.tile(MetricKey::TimeToAgreement)->change(), QStringLiteral("definition version 3"));
}

TEST_F(ReviewTilesTest, ShowMetrics_ChangesInPointsForRatesAndSignedForCounts)
{
    tiles.showMetrics(metrics);

    EXPECT_EQ(tiles.tile(MetricKey::AcceptanceRate)->change(), QStringLiteral("+10.0 pts against 60%"));
    EXPECT_EQ(tiles.tile(MetricKey::HandedOver)->change(), QStringLiteral("+20 against 100"));
    EXPECT_EQ(tiles.tile(MetricKey::StaleMqls)->change(), QStringLiteral("\u22125 against 9"));
    EXPECT_EQ(tiles.tile(MetricKey::FirstContactMedian)->change(), QStringLiteral("\u221210 min"));
    EXPECT_TRUE(
        tiles.tile(MetricKey::FirstContactMedian)->toolTip().contains(QStringLiteral("before 50 min")));
}

TEST_F(ReviewTilesTest, ShowMetrics_GreenWhenBetterRedWhenWorse)
{
    tiles.showMetrics(metrics);

    EXPECT_EQ(tiles.tile(MetricKey::AcceptanceRate)->trend(), ReviewTrend::Better);
    EXPECT_EQ(tiles.tile(MetricKey::StaleMqls)->trend(), ReviewTrend::Better); // fewer is better
    EXPECT_EQ(tiles.tile(MetricKey::MovesWithoutContact)->trend(), ReviewTrend::Worse);
    EXPECT_EQ(tiles.tile(MetricKey::FirstContactMedian)->trend(), ReviewTrend::Better);
    EXPECT_EQ(tiles.tile(MetricKey::FirstContactP90)->trend(), ReviewTrend::Worse); // longer is worse
    EXPECT_EQ(ReviewTile::colourOf(ReviewTrend::Better), QColor(0x15, 0x80, 0x3d));
    EXPECT_EQ(ReviewTile::colourOf(ReviewTrend::Worse), QColor(0xb9, 0x1c, 0x1c));
}

TEST_F(ReviewTilesTest, Targets_ShownOnTheirTilesAndMarkedWhereMissed)
{
    using B = MetricTarget::Bound;
    metrics.targets = {{MetricKey::AcceptanceRate, B::AtLeast, 0.6},
                       {MetricKey::SlaCompliance, B::AtLeast, 0.9},
                       {MetricKey::FirstContactMedian, B::AtMost, 3600}};
    tiles.showMetrics(metrics);

    EXPECT_EQ(tiles.tile(MetricKey::AcceptanceRate)->target(), QStringLiteral("target \u2265 60%")); // 70%
    EXPECT_EQ(tiles.tile(MetricKey::SlaCompliance)->target(), QStringLiteral("target \u2265 90%, missed"));
    EXPECT_EQ(tiles.tile(MetricKey::FirstContactMedian)->target(), QStringLiteral("target \u2264 1 h"));
    EXPECT_TRUE(tiles.tile(MetricKey::HandedOver)->target().isEmpty());

    metrics.targets.clear();
    tiles.showMetrics(metrics);
    EXPECT_TRUE(tiles.tile(MetricKey::SlaCompliance)->target().isEmpty());
}

TEST_F(ReviewTilesTest, FirstContact_ShowsWallTimeBesideBusinessTime)
{
    tiles.showMetrics(metrics);

    EXPECT_EQ(tiles.tile(MetricKey::FirstContactMedian)->detail(), QStringLiteral("wall time 2 h"));
    EXPECT_TRUE(
        tiles.tile(MetricKey::FirstContactP90)->toolTip().contains(QStringLiteral("wall time: 1 d 2 h")));
}

TEST_F(ReviewTilesTest, NoPeriodBefore_SaysThereIsNothingToCompare)
{
    metrics.previous = {};
    tiles.showMetrics(metrics);

    EXPECT_EQ(tiles.tile(MetricKey::AcceptanceRate)->change(), QStringLiteral("nothing to compare with"));
    EXPECT_EQ(tiles.tile(MetricKey::AcceptanceRate)->trend(), ReviewTrend::Unknown);
}

TEST_F(ReviewTilesTest, ShowPending_EveryTileSaysSo)
{
    tiles.showPending(QStringLiteral("Counting\u2026"));

    for (MetricKey key : ReviewTiles::keys())
        EXPECT_EQ(tiles.tile(key)->change(), QStringLiteral("Counting\u2026"));
}

} // namespace
} // namespace baton::test
