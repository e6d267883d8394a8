#include "queue/QueueBlockCache.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

QueueBlockCache::Block blockWithId(qint64 id)
{
    QueueRow row;
    row.id = id;
    return {row};
}

TEST(QueueBlockCache, Insert_BeyondCapacity_EvictsLeastRecentlyUsed)
{
    QueueBlockCache cache(2);
    cache.insert(0, blockWithId(100));
    cache.insert(1, blockWithId(101));
    ASSERT_NE(cache.find(0), nullptr); // block 0 is now the most recently used
    cache.insert(2, blockWithId(102));

    EXPECT_EQ(cache.size(), 2);
    EXPECT_NE(cache.find(0), nullptr);
    EXPECT_EQ(cache.find(1), nullptr);
    ASSERT_NE(cache.find(2), nullptr);
    EXPECT_EQ(cache.find(2)->front().id, 102);
}

TEST(QueueBlockCache, Peek_DoesNotCountAsUse)
{
    QueueBlockCache cache(2);
    cache.insert(0, blockWithId(100));
    cache.insert(1, blockWithId(101));
    ASSERT_NE(cache.peek(0), nullptr);
    cache.insert(2, blockWithId(102));

    EXPECT_EQ(cache.peek(0), nullptr);
    EXPECT_NE(cache.peek(1), nullptr);
}

TEST(QueueBlockCache, Insert_SameBlockTwice_ReplacesIt)
{
    QueueBlockCache cache(4);
    cache.insert(3, blockWithId(1));
    cache.insert(3, blockWithId(2));

    EXPECT_EQ(cache.size(), 1);
    EXPECT_EQ(cache.find(3)->front().id, 2);
}

TEST(QueueBlockCache, Clear_RemovesEverything)
{
    QueueBlockCache cache(4);
    cache.insert(0, blockWithId(1));
    cache.clear();

    EXPECT_EQ(cache.size(), 0);
    EXPECT_EQ(cache.find(0), nullptr);
}

} // namespace
} // namespace baton
