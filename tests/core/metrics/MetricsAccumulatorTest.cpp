#include "metrics/MetricsAccumulator.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 countedAt = 100 * hour;

ReviewHandoff handoff(bool complete, ReviewHandoff::Outcome outcome, std::optional<qint64> acceptedAt = {})
{
    ReviewHandoff h;
    h.at = 10 * hour;
    h.complete = complete;
    h.outcome = outcome;
    h.acceptedAt = acceptedAt;
    h.hasClock = true;
    h.assignedAt = h.at + 120;
    h.dueAt = h.at + 4 * hour;
    return h;
}

} // namespace

TEST(MetricsAccumulator, Completeness_IsTheShareOfHandoffsWithEveryRequiredField)
{
    MetricsAccumulator counts(countedAt);
    counts.add(handoff(true, ReviewHandoff::Outcome::Open), std::nullopt);
    counts.add(handoff(true, ReviewHandoff::Outcome::Open), std::nullopt);
    counts.add(handoff(false, ReviewHandoff::Outcome::Open), std::nullopt);
    counts.add(handoff(true, ReviewHandoff::Outcome::Open), std::nullopt);
    const PeriodMetrics m = counts.finish();
    EXPECT_EQ(m.complete, 3);
    EXPECT_DOUBLE_EQ(*m.completeness(), 0.75);
    EXPECT_EQ(m.routingDelay.median, 120);
}

TEST(MetricsAccumulator, Sla_MetMissedBreachedAndPendingAsTheClockStands)
{
    MetricsAccumulator counts(countedAt);
    ReviewHandoff met = handoff(true, ReviewHandoff::Outcome::Open);
    met.firstContactAt = *met.dueAt; // on the due time is in time
    ReviewHandoff late = handoff(true, ReviewHandoff::Outcome::Open);
    late.firstContactAt = *late.dueAt + 1;
    ReviewHandoff leftUntouched = handoff(true, ReviewHandoff::Outcome::Rejected);
    leftUntouched.closedAt = leftUntouched.at + 60;
    ReviewHandoff breached = handoff(true, ReviewHandoff::Outcome::Open);
    ReviewHandoff notYetDue = handoff(true, ReviewHandoff::Outcome::Open);
    notYetDue.dueAt = countedAt + hour;
    ReviewHandoff noClock = handoff(true, ReviewHandoff::Outcome::Open);
    noClock.hasClock = false;
    for (const ReviewHandoff &h : {met, late, leftUntouched, breached, notYetDue, noClock})
        counts.add(h, std::nullopt);
    const PeriodMetrics m = counts.finish();
    EXPECT_EQ(m.slaMet, 1);
    EXPECT_EQ(m.slaMissed, 2);
    EXPECT_EQ(m.slaBreached, 1);
    EXPECT_EQ(m.slaPending, 2);
    EXPECT_DOUBLE_EQ(*m.slaCompliance(), 0.25);
    EXPECT_EQ(m.uncontacted, 4);
}

TEST(MetricsAccumulator, Acceptance_CountsRecyclingBeforeAcceptanceAsDecidedAndReasonsMostFirst)
{
    using O = ReviewHandoff::Outcome;
    MetricsAccumulator counts(countedAt);
    ReviewHandoff rejected = handoff(true, O::Rejected);
    rejected.reasonCode = QStringLiteral("no_budget");
    ReviewHandoff disqualified = handoff(true, O::Disqualified, 11 * hour);
    disqualified.reasonCode = QStringLiteral("no_authority");
    ReviewHandoff disqualifiedToo = disqualified;
    for (const ReviewHandoff &h : {handoff(true, O::Recycled), handoff(true, O::Recycled, 11 * hour),
                                   handoff(true, O::Converted, 11 * hour), handoff(true, O::Open), rejected,
                                   disqualified, disqualifiedToo})
        counts.add(h, std::nullopt);
    const PeriodMetrics m = counts.finish();
    EXPECT_EQ(m.handedOver, 7);
    EXPECT_EQ(m.accepted, 4);
    EXPECT_EQ(m.recycledBeforeAcceptance, 1);
    EXPECT_EQ(m.decided(), 6);
    EXPECT_DOUBLE_EQ(*m.acceptanceRate(), 4.0 / 6);
    EXPECT_DOUBLE_EQ(*m.salToSql(), 1.0 / 4);
    ASSERT_EQ(m.rejectionReasons.size(), 2u);
    EXPECT_EQ(m.rejectionReasons[0], (std::pair<QString, int>{QStringLiteral("no_authority"), 2}));
    EXPECT_EQ(m.rejectionReasons[1], (std::pair<QString, int>{QStringLiteral("no_budget"), 1}));
}
