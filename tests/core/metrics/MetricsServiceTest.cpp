#include "services/MetricsService.h"

#include "common/FixedClock.h"
#include "services/LeadService.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

/// The review of the week Mon 2026-03-02 to Mon 2026-03-09 (UTC) on leads handed over by hand.
/// Every lead scores 85 (warm: 240 business minutes) and the file has no routing calendars, so
/// the clocks run in office hours, 09:00 to 17:00 UTC on weekdays.
class MetricsServiceTest : public ::testing::Test {
protected:
    MetricsServiceTest()
        : team(test::addTeam(file.db()))
        , clock(test::referenceTime())
    {}

    static QDateTime at(int day, int hour, int minute = 0)
    {
        const int month = day > 20 ? 2 : 3;
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
    }

    qint64 handedOver(const char *name, const QDateTime &when, qint64 owner,
                      std::optional<qint64> campaign = {}, const char *title = "VP Marketing")
    {
        const qint64 id = test::addLead(file.db(), test::LeadSpec{.name = QString::fromUtf8(name),
                                                                  .title = QString::fromUtf8(title),
                                                                  .stage = Stage::Nurture,
                                                                  .campaignId = campaign});
        clock.set(when);
        auto handed = service().handOver(id, owner, team.salesManager);
        EXPECT_TRUE(handed.ok()) << handed.error().message.toStdString();
        return id;
    }
    void call(qint64 id, const QDateTime &when, qint64 by)
    {
        clock.set(when);
        ASSERT_TRUE(service().logActivity(id, by, ActivityType::Call, QStringLiteral("connected"), {}).ok());
    }
    void accept(qint64 id, const QDateTime &when, qint64 by)
    {
        clock.set(when);
        ASSERT_TRUE(service().accept(id, by).ok());
    }
    void reject(qint64 id, const QDateTime &when, const char *reason)
    {
        clock.set(when);
        ASSERT_TRUE(
            service().reject(id, team.sdr, QString::fromLatin1(reason), QStringLiteral("On the call")).ok());
    }

    /// In the week: A contacted after 30 minutes, accepted and converted; B contacted the next
    /// morning and accepted; G accepted with no contact; C rejected (no authority) with no
    /// contact; D (no title: an incomplete package) never touched; F, Olive's, contacted after
    /// its due time. The week before: E rejected (not an ICP fit).
    void week()
    {
        const qint64 a = handedOver("A", at(2, 10), team.sdr, team.webinar);
        const qint64 g = handedOver("G", at(2, 11), team.sdr);
        const qint64 b = handedOver("B", at(3, 16), team.sdr, team.webinar);
        const qint64 c = handedOver("C", at(4, 12), team.sdr);
        handedOver("D", at(5, 9), team.sdr, {}, "");
        const qint64 f = handedOver("F", at(6, 16, 30), team.otherSdr);
        const qint64 e = handedOver("E", at(23, 10), team.sdr);
        reject(e, at(23, 10, 5), "not_icp_fit");
        call(a, at(2, 10, 30), team.sdr);
        accept(a, at(2, 10, 35), team.sdr);
        clock.set(at(2, 15));
        ASSERT_TRUE(service().convert(a, team.sdr, test::qualified(100)).ok());
        accept(g, at(2, 11, 5), team.sdr);
        call(b, at(4, 10), team.sdr);
        accept(b, at(4, 10, 5), team.sdr);
        reject(c, at(4, 12, 10), "no_authority");
        call(f, at(9, 13), team.otherSdr);
        clock.set(at(10, 12));
    }

    Result<ReviewMetrics> review(const ReviewFilter &filter = {})
    {
        return MetricsService(file.db(), clock).review(at(2, 0), at(9, 0), QTimeZone::utc(), filter);
    }

    LeadService service() { return LeadService(file.db(), clock); }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
};

} // namespace

TEST_F(MetricsServiceTest, Week_CountsTheHandoffsAndWhatSalesMadeOfThem)
{
    week();
    const auto metrics = review();
    ASSERT_TRUE(metrics.ok()) << metrics.error().message.toStdString();
    const PeriodMetrics &m = metrics->current;
    EXPECT_EQ(m.handedOver, 6);
    EXPECT_EQ(m.accepted, 3);
    EXPECT_EQ(m.rejected, 1);
    EXPECT_EQ(m.converted, 1);
    EXPECT_EQ(m.decided(), 4);
    EXPECT_DOUBLE_EQ(*m.acceptanceRate(), 3.0 / 4);
    EXPECT_DOUBLE_EQ(*m.salToSql(), 1.0 / 3);
    EXPECT_DOUBLE_EQ(*m.mqlToSql(), 1.0 / 6);
    // The test leads carry no industry and no buying signal, which the built-in agreement requires.
    EXPECT_EQ(m.complete, 0);
    EXPECT_DOUBLE_EQ(*m.completeness(), 0.0);
    ASSERT_EQ(m.rejectionReasons.size(), 1u);
    EXPECT_EQ(m.rejectionReasons[0], (std::pair<QString, int>{QStringLiteral("no_authority"), 1}));
}

TEST_F(MetricsServiceTest, Week_TimeToFirstContactInWallAndBusinessTime)
{
    week();
    const PeriodMetrics m = review()->current;
    // A: 30 min; B: Tue 16:00 to Wed 10:00 (18 h wall, 2 business hours); F: Fri 16:30 to Mon
    // 13:00 (68.5 h wall, 4.5 business hours). Nearest rank of three: median the 2nd, p90 the 3rd.
    EXPECT_EQ(m.firstContactWall.count, 3);
    EXPECT_EQ(m.firstContactWall.median, 18 * 3600);
    EXPECT_EQ(m.firstContactWall.p90, 68 * 3600 + 1800);
    EXPECT_EQ(m.firstContactBusiness.median, 2 * 3600);
    EXPECT_EQ(m.firstContactBusiness.p90, 4 * 3600 + 1800);
    EXPECT_EQ(m.uncontacted, 3);
    // Business minutes 30, 120 and 270: the bars "under 60", "under 240" and "under 480".
    std::array<int, 9> histogram{};
    histogram[3] = 1;
    histogram[5] = 1;
    histogram[6] = 1;
    EXPECT_EQ(m.firstContactHistogram, histogram);
    EXPECT_EQ(m.routingDelay.count, 6);
    EXPECT_EQ(m.routingDelay.median, 0); // routed as they were handed over
}

TEST_F(MetricsServiceTest, Week_SlaComplianceStaleMqlsAndMovesWithoutContact)
{
    week();
    const PeriodMetrics m = review()->current;
    // Met: A, B. Missed: C (left the queue untouched), F (contact after Mon 12:30). Breached when
    // counted: D and G (accepting is no contact). 2 of 6.
    EXPECT_EQ(m.slaMet, 2);
    EXPECT_EQ(m.slaMissed, 2);
    EXPECT_EQ(m.slaBreached, 2);
    EXPECT_DOUBLE_EQ(*m.slaCompliance(), 2.0 / 6);
    // At Mon 9 00:00 only D is an MQL past its due time with nothing done; F is due later.
    EXPECT_EQ(m.staleMqls, 1);
    EXPECT_EQ(m.movesWithoutContact, 1); // G accepted with no contact
}

TEST_F(MetricsServiceTest, Week_PreviousPeriodAndWeeklySeries)
{
    week();
    const auto metrics = review();
    EXPECT_EQ(metrics->previous.handedOver, 1);
    EXPECT_EQ(metrics->previous.rejected, 1);
    EXPECT_DOUBLE_EQ(*metrics->previous.acceptanceRate(), 0.0);
    ASSERT_EQ(metrics->weeks.size(), 12u);
    EXPECT_EQ(metrics->weeks.back().monday, QDate(2026, 3, 2));
    EXPECT_EQ(metrics->weeks.front().monday, QDate(2025, 12, 15));
    EXPECT_EQ(metrics->weeks.back().metrics.handedOver, 6);
    EXPECT_EQ(metrics->weeks[10].metrics.handedOver, 1);
    EXPECT_EQ(metrics->weeks[9].metrics.handedOver, 0);
    EXPECT_FALSE(metrics->weeks[9].metrics.acceptanceRate().has_value());
}

TEST_F(MetricsServiceTest, Filter_ByOwnerAndByCampaign)
{
    week();
    const PeriodMetrics sams = review(ReviewFilter{.ownerId = team.sdr})->current;
    EXPECT_EQ(sams.handedOver, 5);
    EXPECT_EQ(sams.firstContactWall.count, 2);
    const PeriodMetrics webinar = review(ReviewFilter{.campaignId = team.webinar})->current;
    EXPECT_EQ(webinar.handedOver, 2);
    EXPECT_EQ(webinar.accepted, 2);
    EXPECT_EQ(webinar.converted, 1);
    EXPECT_EQ(webinar.movesWithoutContact, 0);
    EXPECT_EQ(review(ReviewFilter{.campaignId = 0})->current.handedOver, 4);
}

TEST_F(MetricsServiceTest, Breakdown_ByOwnerAndByCampaign_OneRowPerValueMostHandoffsFirst)
{
    week();
    const auto owners =
        MetricsService(file.db(), clock).breakdown(at(2, 0), at(9, 0), {}, ReviewGrouping::Owner);
    ASSERT_TRUE(owners.ok()) << owners.error().message.toStdString();
    ASSERT_EQ(owners->size(), 2u);
    EXPECT_EQ((*owners)[0].key, QString::number(team.sdr));
    EXPECT_EQ((*owners)[0].label, QStringLiteral("Sam Rivera"));
    EXPECT_EQ((*owners)[0].metrics.handedOver, 5);
    EXPECT_EQ((*owners)[0].metrics.staleMqls, 1);
    EXPECT_EQ((*owners)[0].metrics.movesWithoutContact, 1);
    EXPECT_EQ((*owners)[1].label, QStringLiteral("Olive Chen"));
    EXPECT_EQ((*owners)[1].metrics.slaMissed, 1);

    const auto campaigns =
        MetricsService(file.db(), clock).breakdown(at(2, 0), at(9, 0), {}, ReviewGrouping::Campaign);
    ASSERT_EQ(campaigns->size(), 2u);
    EXPECT_EQ((*campaigns)[0].label, QStringLiteral("No campaign"));
    EXPECT_EQ((*campaigns)[0].metrics.handedOver, 4);
    EXPECT_EQ((*campaigns)[1].label, QStringLiteral("Q3 Pipeline Webinar"));
    EXPECT_DOUBLE_EQ(*(*campaigns)[1].metrics.acceptanceRate(), 1.0);
}

TEST_F(MetricsServiceTest, TwoReaders_CountTheSameAsOne)
{
    week();
    const auto counted = [&](int threads) {
        MetricsService metrics(file.db(), clock);
        metrics.setThreads(threads);
        auto review = metrics.review(at(2, 0), at(9, 0), QTimeZone::utc());
        EXPECT_TRUE(review.ok()) << review.error().message.toStdString();
        auto owners = metrics.breakdown(at(2, 0), at(9, 0), {}, ReviewGrouping::Owner);
        EXPECT_TRUE(owners.ok()) << owners.error().message.toStdString();
        return std::pair{std::move(review).value(), std::move(owners).value()};
    };
    const auto [one, oneOwners] = counted(1);
    const auto [two, twoOwners] = counted(2);
    EXPECT_EQ(two.current, one.current);
    EXPECT_EQ(two.current.handedOver, 6);
    EXPECT_EQ(two.current.staleMqls, 1);
    EXPECT_EQ(two.current.movesWithoutContact, 1);
    EXPECT_EQ(two.previous, one.previous);
    ASSERT_EQ(two.weeks.size(), one.weeks.size());
    for (size_t week = 0; week < one.weeks.size(); ++week)
        EXPECT_EQ(two.weeks[week].metrics, one.weeks[week].metrics) << week;
    ASSERT_EQ(twoOwners.size(), oneOwners.size());
    for (size_t row = 0; row < oneOwners.size(); ++row) {
        EXPECT_EQ(twoOwners[row].key, oneOwners[row].key);
        EXPECT_EQ(twoOwners[row].metrics, oneOwners[row].metrics) << row;
    }
}

TEST_F(MetricsServiceTest, Period_EndingBeforeItStarts_Refused)
{
    const auto refused = MetricsService(file.db(), clock).review(at(9, 0), at(2, 0), QTimeZone::utc());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
}
