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
    ReviewClocks::Walk walk;

    ReviewHandoff h = handoff(2, 100);
    clocks.attach(h, walk);
    EXPECT_TRUE(h.hasClock);
    EXPECT_EQ(h.ownerId, 20);
    EXPECT_EQ(h.dueAt, 400);
    EXPECT_EQ(h.firstContactAt, std::nullopt);

    h = handoff(4, 200); // no clock: the fields left from the one before are cleared
    h.ownerId = 99;
    clocks.attach(h, walk);
    EXPECT_FALSE(h.hasClock);
    EXPECT_EQ(h.ownerId, std::nullopt);
    EXPECT_EQ(h.dueAt, std::nullopt);

    for (const auto &[id, owner] : {std::pair<qint64, qint64>{5, 50}, {3, 30}, {1, 10}}) {
        h = handoff(id, id == 5 ? 300 : 500);
        clocks.attach(h, walk);
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
        ReviewClocks::Walk walk;

        ReviewHandoff late = handoff(1 + 2 * gap, 300);
        clocks.attach(late, walk);
        EXPECT_EQ(late.ownerId, (1 + 2 * gap) * 10) << gap;
        // The walk has passed these; and one whose clock started at another time.
        ReviewHandoff early = handoff(1, 100);
        clocks.attach(early, walk);
        EXPECT_EQ(early.ownerId, 10) << gap;
        ReviewHandoff moved = handoff(1 + gap, 250);
        clocks.attach(moved, walk);
        EXPECT_EQ(moved.ownerId, (1 + gap) * 10) << gap;
        ReviewHandoff none = handoff(2 + 2 * gap, 300);
        clocks.attach(none, walk);
        EXPECT_FALSE(none.hasClock) << gap;
    }
}

TEST(ReviewClocksTest, TwoWalks_SideBySide_EachFindsItsHalf)
{
    ReviewClocks clocks;
    for (qint64 id = 1; id <= 100; ++id)
        clocks.add(clock(id, 1000 - id)); // later ids started earlier
    clocks.seal();
    const qint64 middle = clocks.middle();
    EXPECT_EQ(middle, 950);
    ReviewClocks::Walk first;
    ReviewClocks::Walk second;
    for (qint64 at = 900; at < 1000; ++at) {
        ReviewHandoff h = handoff(1000 - at, at);
        clocks.attach(h, at < middle ? first : second);
        EXPECT_EQ(h.ownerId, (1000 - at) * 10) << at;
    }
}

TEST(ReviewClocksTest, Attach_NoClocksAtAll_LeavesEveryHandoffWithout)
{
    ReviewClocks clocks;
    clocks.seal();
    ReviewClocks::Walk walk;
    ReviewHandoff h = handoff(7, 100);
    clocks.attach(h, walk);
    EXPECT_FALSE(h.hasClock);
}

} // namespace
} // namespace baton::test
