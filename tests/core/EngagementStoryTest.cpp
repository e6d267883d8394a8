#include "domain/EngagementStory.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace baton;

namespace {

EngagementEvent event(EventType type, int day, const char *detail, std::optional<qint64> campaign = {})
{
    return EngagementEvent{0,
                           1,
                           type,
                           QDateTime(QDate(2026, 3, day), QTime(9, 0), QTimeZone::utc()),
                           QString::fromUtf8(detail),
                           campaign};
}

} // namespace

TEST(EngagementStory, FromEvents_RevisitedPage_CountedOnceWithVisitsAndDates)
{
    const auto story = EngagementStory::fromEvents({
        event(EventType::PageView, 2, "/pricing"),
        event(EventType::PageView, 3, "/blog/handoff"),
        event(EventType::PageView, 5, "/pricing"),
        event(EventType::PageView, 4, "/pricing"),
    });
    ASSERT_EQ(story.pages().size(), 2u);
    EXPECT_EQ(story.pages()[0].url, QStringLiteral("/pricing"));
    EXPECT_EQ(story.pages()[0].count, 3);
    EXPECT_EQ(story.pages()[0].first.date(), QDate(2026, 3, 2));
    EXPECT_EQ(story.pages()[0].last.date(), QDate(2026, 3, 5));
    EXPECT_EQ(story.pages()[1].count, 1);
}

TEST(EngagementStory, FromEvents_QuestionsAndDownloads_KeptWithTextNewestFirst)
{
    const auto story = EngagementStory::fromEvents(
        {
            event(EventType::ContentDownload, 1, "RevOps Benchmark Report 2026"),
            event(EventType::WebinarQuestion, 6, "Does it work with custom objects?", 7),
            event(EventType::EmailOpen, 2, "Newsletter"),
            event(EventType::EmailClick, 2, "Newsletter"),
        },
        [](qint64 id) { return id == 7 ? QStringLiteral("Q3 Webinar") : QString(); });
    ASSERT_EQ(story.moments().size(), 2u);
    EXPECT_EQ(story.moments()[0].type, EventType::WebinarQuestion);
    EXPECT_EQ(story.moments()[0].detail, QStringLiteral("Does it work with custom objects?"));
    EXPECT_EQ(story.moments()[0].campaign, QStringLiteral("Q3 Webinar"));
    EXPECT_EQ(story.moments()[1].type, EventType::ContentDownload);
    EXPECT_EQ(story.emailOpens(), 1);
    EXPECT_EQ(story.emailClicks(), 1);
    EXPECT_EQ(story.totalEvents(), 4);
    EXPECT_EQ(story.lastActivity().date(), QDate(2026, 3, 6));
}

TEST(EngagementStory, FromEvents_NoEvents_IsEmpty)
{
    const auto story = EngagementStory::fromEvents({});
    EXPECT_TRUE(story.pages().empty());
    EXPECT_TRUE(story.moments().empty());
    EXPECT_EQ(story.totalEvents(), 0);
    EXPECT_FALSE(story.lastActivity().isValid());
}
