#include "services/ReviewClocks.h"

#include <gtest/gtest.h>

namespace baton::test {
namespace {

MetricsRepository::Clock clock(qint64 handoffId, qint64 startedAt, std::optional<qint64> firstContactAt = {})
{
    MetricsRepository::Clock c;
    c.handoffId = handoffId;
    c.startedAt = startedAt;
    c.ownerId = handoffId * 10;
    c.dueAt = startedAt + 300;
    c.firstContactAt = firstContactAt;
    return c;
}

ReviewHandoff handoff(qint64 id, qint64 at)
{
    ReviewHandoff h;
    h.id = id;
    h.at = at;
    return h;
}

TEST(ReviewClocksTest, Attach_HandoffsInTimeOrder_EachGetsItsOwnClockAndOnlyIts)
{
    ReviewClocks clocks;
    // In the clock table's order (by id), which is not the handoffs' time order.
    clocks.add(clock(1, 500, 560));
    clocks.add(clock(2, 100));
    clocks.add(clock(3, 500));
    clocks.add(clock(5, 300));
    clocks.seal();

    ReviewHandoff h = handoff(2, 100);
    clocks.attach(h);
    EXPECT_TRUE(h.hasClock);
    EXPECT_EQ(h.ownerId, 20);
    EXPECT_EQ(h.dueAt, 400);
    EXPECT_EQ(h.firstContactAt, std::nullopt);

    h = handoff(4, 200); // no clock: the fields left from the one before are cleared
    h.ownerId = 99;
    clocks.attach(h);
    EXPECT_FALSE(h.hasClock);
    EXPECT_EQ(h.ownerId, std::nullopt);
    EXPECT_EQ(h.dueAt, std::nullopt);

    for (const auto &[id, owner] : {std::pair<qint64, qint64>{5, 50}, {3, 30}, {1, 10}}) {
        h = handoff(id, id == 5 ? 300 : 500);
        clocks.attach(h);
        EXPECT_TRUE(h.hasClock) << id;
        EXPECT_EQ(h.ownerId, owner) << id;
    }
    EXPECT_EQ(h.firstContactAt, 560);
}

TEST(ReviewClocksTest, Attach_OutOfTimeOrderOrAtAnotherTime_StillFoundById)
{
    for (const qint64 gap : {qint64{1}, qint64{1'000'000}}) { // dense ids, then sparse ones
        ReviewClocks clocks;
        clocks.add(clock(1, 100));
        clocks.add(clock(1 + gap, 200));
        clocks.add(clock(1 + 2 * gap, 300));
        clocks.seal();

        ReviewHandoff late = handoff(1 + 2 * gap, 300);
        clocks.attach(late);
        EXPECT_EQ(late.ownerId, (1 + 2 * gap) * 10) << gap;
        // The walk has passed these; and one whose clock started at another time.
        ReviewHandoff early = handoff(1, 100);
        clocks.attach(early);
        EXPECT_EQ(early.ownerId, 10) << gap;
        ReviewHandoff moved = handoff(1 + gap, 250);
        clocks.attach(moved);
        EXPECT_EQ(moved.ownerId, (1 + gap) * 10) << gap;
        ReviewHandoff none = handoff(2 + 2 * gap, 300);
        clocks.attach(none);
        EXPECT_FALSE(none.hasClock) << gap;
    }
}

TEST(ReviewClocksTest, Attach_NoClocksAtAll_LeavesEveryHandoffWithout)
{
    ReviewClocks clocks;
    clocks.seal();
    ReviewHandoff h = handoff(7, 100);
    clocks.attach(h);
    EXPECT_FALSE(h.hasClock);
}

} // namespace
} // namespace baton::test
