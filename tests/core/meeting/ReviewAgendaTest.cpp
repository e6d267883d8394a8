#include "meeting/ReviewAgenda.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

const QDate week(2026, 3, 9);

/// A week with every number the agenda reads, and the same week before: nothing changed.
ReviewMetrics steadyWeeks()
{
    PeriodMetrics period;
    period.handedOver = 100;
    period.accepted = 60;
    period.rejected = 40;
    period.converted = 30;
    period.complete = 90;
    period.slaMet = 90;
    period.slaMissed = 10;
    period.firstContactBusiness.median = 3600;
    period.firstContactBusiness.p90 = 4 * 3600;
    period.routingDelay.median = 600;
    period.staleMqls = 10;
    period.movesWithoutContact = 4;
    ReviewMetrics review;
    review.current = period;
    review.previous = period;
    return review;
}

std::vector<AgendaItem::Kind> kindsOf(const std::vector<AgendaItem> &agenda)
{
    std::vector<AgendaItem::Kind> kinds;
    for (const AgendaItem &item : agenda)
        kinds.push_back(item.kind);
    return kinds;
}

std::vector<MetricKey> metricsOf(const std::vector<AgendaItem> &agenda)
{
    std::vector<MetricKey> keys;
    for (const AgendaItem &item : agenda)
        keys.push_back(item.metric.value_or(MetricKey::TimeToAgreement));
    return keys;
}

ActionItem item(qint64 id, const QDate &raised, const QDate &due, ActionStatus status, bool carried)
{
    ActionItem action;
    action.id = id;
    action.week = raised;
    action.title = QStringLiteral("Item %1").arg(id);
    action.ownerName = QStringLiteral("Sam Sdr");
    action.dueOn = due;
    action.status = status;
    action.carriedOver = carried;
    return action;
}

TEST(ReviewAgendaTest, Build_NothingChangedNoTargetsNoItems_IsEmpty)
{
    EXPECT_TRUE(ReviewAgenda::build(week, steadyWeeks(), {}).empty());
}

TEST(ReviewAgendaTest, Build_RateFell_SaysItInPointsWithBothValues)
{
    ReviewMetrics review = steadyWeeks();
    review.previous.slaMet = 91;
    review.previous.slaMissed = 9;
    review.current.slaMet = 79;
    review.current.slaMissed = 21;

    const auto agenda = ReviewAgenda::build(week, review, {});

    ASSERT_EQ(agenda.size(), 1U);
    EXPECT_EQ(agenda[0].kind, AgendaItem::Kind::Change);
    EXPECT_EQ(agenda[0].metric, MetricKey::SlaCompliance);
    EXPECT_TRUE(agenda[0].worse);
    EXPECT_NEAR(agenda[0].size, 0.12, 1e-9);
    EXPECT_EQ(agenda[0].text, QStringLiteral("SLA compliance fell 12 points (91% \u2192 79%)"));
}

TEST(ReviewAgendaTest, Build_CountsAndDurations_AreSizedByRelativeChange)
{
    ReviewMetrics review = steadyWeeks();
    review.current.staleMqls = 14;                     // +40%, worse
    review.current.firstContactBusiness.median = 2700; // −25%, better
    review.current.handedOver = 90;                    // −10%, worse; the rates stay as they were
    review.current.accepted = 54;
    review.current.rejected = 36;
    review.current.complete = 81;
    review.current.converted = 27;

    const auto agenda = ReviewAgenda::build(week, review, {});

    ASSERT_EQ(agenda.size(), 3U);
    EXPECT_EQ(metricsOf(agenda), (std::vector<MetricKey>{MetricKey::StaleMqls, MetricKey::FirstContactMedian,
                                                         MetricKey::HandedOver}));
    EXPECT_EQ(agenda[0].text, QStringLiteral("Stale MQLs rose 40% (10 \u2192 14)"));
    EXPECT_TRUE(agenda[0].worse);
    EXPECT_EQ(agenda[1].text, QStringLiteral("Time to first contact, median fell 25% (1 h \u2192 45 min)"));
    EXPECT_FALSE(agenda[1].worse);
    EXPECT_EQ(agenda[2].text, QStringLiteral("Handed over fell 10% (100 \u2192 90)"));
}

TEST(ReviewAgendaTest, Build_CountFromZero_CountsAsAWholeAndSaysFromTo)
{
    ReviewMetrics review = steadyWeeks();
    review.previous.movesWithoutContact = 0;
    review.current.movesWithoutContact = 3;

    const auto agenda = ReviewAgenda::build(week, review, {});

    ASSERT_EQ(agenda.size(), 1U);
    EXPECT_DOUBLE_EQ(agenda[0].size, 1.0);
    EXPECT_EQ(agenda[0].text, QStringLiteral("Moves without contact rose from 0 to 3"));
}

TEST(ReviewAgendaTest, Build_EqualSizes_PutsTheWorseningFirst)
{
    ReviewMetrics review = steadyWeeks();
    review.current.staleMqls = 8; // −20%, better
    review.previous.movesWithoutContact = 10;
    review.current.movesWithoutContact = 12; // +20%, worse

    const auto agenda = ReviewAgenda::build(week, review, {});

    ASSERT_EQ(agenda.size(), 2U);
    EXPECT_EQ(agenda[0].metric, MetricKey::MovesWithoutContact);
    EXPECT_TRUE(agenda[0].worse);
    EXPECT_EQ(agenda[1].metric, MetricKey::StaleMqls);
    EXPECT_FALSE(agenda[1].worse);
}

// At 10 points or 10% each: the acceptance rate and the routing delay worsened, SAL to SQL
// improved; the improvement is the one left out.
TEST(ReviewAgendaTest, Build_ManyChanges_KeepsTheLargestSix)
{
    ReviewMetrics review = steadyWeeks();
    review.current.accepted = 50; // acceptance 60% → 50%: 10 pts
    review.current.rejected = 50;
    review.current.slaMet = 85; // 90% → 85%: 5 pts
    review.current.slaMissed = 15;
    review.current.firstContactBusiness.median = 7200;  // +100%
    review.current.firstContactBusiness.p90 = 5 * 3600; // +25%
    review.current.staleMqls = 13;                      // +30%
    review.current.movesWithoutContact = 6;             // +50%
    review.current.routingDelay.median = 660;           // +10%
    review.current.complete = 88;                       // −2 pts

    const auto agenda = ReviewAgenda::build(week, review, {});

    ASSERT_EQ(agenda.size(), static_cast<std::size_t>(ReviewAgenda::maxChanges));
    EXPECT_EQ(metricsOf(agenda),
              (std::vector<MetricKey>{MetricKey::FirstContactMedian, MetricKey::MovesWithoutContact,
                                      MetricKey::StaleMqls, MetricKey::FirstContactP90,
                                      MetricKey::AcceptanceRate, MetricKey::RoutingDelay}));
}

TEST(ReviewAgendaTest, Build_MetricWithoutAValue_IsLeftOut)
{
    ReviewMetrics review = steadyWeeks();
    review.current.firstContactBusiness.median.reset();
    review.previous.firstContactBusiness.p90 = 3600;
    review.current.firstContactBusiness.p90.reset();
    review.current.slaMet = 0;
    review.current.slaMissed = 0; // no denominator
    review.targets.push_back({MetricKey::SlaCompliance, MetricTarget::Bound::AtLeast, 0.9});

    EXPECT_TRUE(ReviewAgenda::build(week, review, {}).empty());
}

TEST(ReviewAgendaTest, Build_MissedTargets_ComeFirstFurthestShortFirstAndNotAgainAsAChange)
{
    ReviewMetrics review = steadyWeeks();
    review.current.accepted = 48; // 48% against ≥ 60%: 12 points short
    review.current.rejected = 52;
    review.current.firstContactBusiness.median = 5400; // 1 h 30 min against ≤ 1 h: 50% over
    review.current.staleMqls = 11;
    review.targets = {{MetricKey::AcceptanceRate, MetricTarget::Bound::AtLeast, 0.6},
                      {MetricKey::FirstContactMedian, MetricTarget::Bound::AtMost, 3600},
                      {MetricKey::SlaCompliance, MetricTarget::Bound::AtLeast, 0.8}}; // met: 90%

    const auto agenda = ReviewAgenda::build(week, review, {});

    ASSERT_EQ(kindsOf(agenda),
              (std::vector<AgendaItem::Kind>{AgendaItem::Kind::MissedTarget, AgendaItem::Kind::MissedTarget,
                                             AgendaItem::Kind::Change, AgendaItem::Kind::Change}));
    EXPECT_EQ(agenda[0].metric, MetricKey::FirstContactMedian);
    EXPECT_EQ(agenda[0].text,
              QStringLiteral("Time to first contact, median 1 h 30 min \u2014 target \u2264 1 h "
                             "missed (1 h the week before)"));
    EXPECT_EQ(agenda[1].metric, MetricKey::AcceptanceRate);
    EXPECT_EQ(agenda[1].text,
              QStringLiteral("Acceptance rate (MQL to SAL) 48% \u2014 target \u2265 60% missed "
                             "(60% the week before)"));
    EXPECT_TRUE(agenda[1].worse);
    EXPECT_EQ(agenda[2].metric, MetricKey::SalToSql); // 50% → 62.5%
    EXPECT_EQ(agenda[3].metric, MetricKey::StaleMqls);
}

TEST(ReviewAgendaTest, Build_ActionItems_OnlyThoseCarriedOverAndOpenSoonestDueFirst)
{
    const QDate earlier(2026, 3, 2);
    const std::vector<ActionItem> items{
        item(1, earlier, QDate(2026, 3, 20), ActionStatus::InProgress, true),
        item(2, earlier, QDate(2026, 3, 6), ActionStatus::Open, true),
        item(3, week, QDate(2026, 3, 13), ActionStatus::Open, false), // raised this week
        item(4, earlier, QDate(2026, 3, 6), ActionStatus::Done, true),
    };

    const auto agenda = ReviewAgenda::build(week, steadyWeeks(), items);

    ASSERT_EQ(agenda.size(), 2U);
    EXPECT_EQ(agenda[0].kind, AgendaItem::Kind::CarriedOverAction);
    EXPECT_EQ(agenda[0].actionItemId, 2);
    EXPECT_TRUE(agenda[0].worse);
    EXPECT_EQ(agenda[0].text,
              QStringLiteral("Item 2 \u2014 Sam Sdr, overdue since 6 Mar 2026, open; from the "
                             "week of 2 Mar 2026"));
    EXPECT_EQ(agenda[1].actionItemId, 1);
    EXPECT_FALSE(agenda[1].worse);
    EXPECT_EQ(agenda[1].text, QStringLiteral("Item 1 \u2014 Sam Sdr, due 20 Mar 2026, in progress; from the "
                                             "week of 2 Mar 2026"));
}

TEST(ReviewAgendaTest, ChangeSize_IsScaleFree)
{
    EXPECT_NEAR(ReviewAgenda::changeSize(MetricKey::AcceptanceRate, 0.48, 0.60), -0.12, 1e-9);
    EXPECT_NEAR(ReviewAgenda::changeSize(MetricKey::HandedOver, 1100, 1000), 0.1, 1e-9);
    EXPECT_NEAR(ReviewAgenda::changeSize(MetricKey::FirstContactP90, 30, 60), -0.5, 1e-9);
    EXPECT_DOUBLE_EQ(ReviewAgenda::changeSize(MetricKey::StaleMqls, 0, 0), 0.0);
}

TEST(ReviewAgendaTest, KindName_NamesEachKind)
{
    EXPECT_EQ(ReviewAgenda::kindName(AgendaItem::Kind::MissedTarget), QStringLiteral("missed_target"));
    EXPECT_EQ(ReviewAgenda::kindName(AgendaItem::Kind::Change), QStringLiteral("change"));
    EXPECT_EQ(ReviewAgenda::kindName(AgendaItem::Kind::CarriedOverAction),
              QStringLiteral("carried_over_action"));
}

} // namespace
