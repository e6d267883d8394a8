#include "ImportFixture.h"
#include "storage/HandoffRepository.h"

#include <atomic>

namespace baton {
namespace {

/// Under the test definition three page views today (10 points each) meet an engagement bar of 30.
class EventImporterTest : public test::ImportFixture {
protected:
    EventImporterTest()
        : ImportFixture(30)
    {}

    static QByteArray time(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate).toLatin1(); }
    QByteArray minutesAgo(int minutes) { return time(clock.now().addSecs(-60 * minutes)); }
};

TEST_F(EventImporterTest, Run_EventsOfKnownLeads_StoredWithDetailAndCampaign)
{
    const qint64 nina = nurtureLead(QStringLiteral("Retail"));
    const QByteArray csv = "email,type,time,detail,campaign\r\n"
                           "NINA.NURTURE@x.test,Page view," +
                           minutesAgo(30) +
                           ",/pricing,Spring Ads\r\n"
                           "nina.nurture@x.test,content_download," +
                           minutesAgo(20) + ",\"Guide, 2026\",\r\n";
    auto result = importEvents(csv);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->added, 2);
    EXPECT_TRUE(result->refusals.empty());
    auto events = leads.events(nina);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2U);
    EXPECT_EQ((*events)[0].type, EventType::PageView);
    EXPECT_EQ((*events)[0].detail, QStringLiteral("/pricing"));
    EXPECT_TRUE((*events)[0].campaignId.has_value());
    EXPECT_EQ((*events)[1].detail, QStringLiteral("Guide, 2026"));
    EXPECT_EQ(count("SELECT last_event_at FROM leads WHERE id = " + std::to_string(nina)),
              clock.now().addSecs(-20 * 60).toSecsSinceEpoch());
    EXPECT_EQ(stageOf(nina), Stage::Nurture); // a retailer's fit stays below the bar
}

TEST_F(EventImporterTest, Run_UnknownEmailBadTypeOrFutureTime_RowRefusedRestImports)
{
    nurtureLead(QStringLiteral("Retail"));
    const QByteArray csv = "email,type,time\n"
                           "nobody@x.test,page_view," +
                           minutesAgo(5) +
                           "\n"
                           "nina.nurture@x.test,telepathy," +
                           minutesAgo(5) +
                           "\n"
                           "nina.nurture@x.test,page_view," +
                           time(clock.now().addDays(1)) +
                           "\n"
                           "nina.nurture@x.test,page_view,yesterday\n"
                           "nina.nurture@x.test,page_view," +
                           minutesAgo(5) + "\n";
    auto result = importEvents(csv);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->added, 1);
    ASSERT_EQ(result->refusals.size(), 4U);
    EXPECT_EQ(result->refusals[0].row, 2);
    EXPECT_EQ(result->refusals[0].column, QStringLiteral("email"));
    EXPECT_EQ(result->refusals[1].row, 3);
    EXPECT_EQ(result->refusals[1].column, QStringLiteral("type"));
    EXPECT_EQ(result->refusals[2].column, QStringLiteral("time"));
    EXPECT_EQ(result->refusals[3].row, 5);
}

TEST_F(EventImporterTest, Run_LeadNowMeetsTheRule_HandedOverWithEventTriggerAndRouted)
{
    const qint64 sofia = nurtureLead(QStringLiteral("Software"), QStringLiteral("Sofia Soft"));
    const QByteArray csv = "email,type,time,detail\n"
                           "sofia.soft@x.test,page_view," +
                           minutesAgo(3) +
                           ",/a\n"
                           "sofia.soft@x.test,page_view," +
                           minutesAgo(1) +
                           ",/c\n"
                           "sofia.soft@x.test,page_view," +
                           minutesAgo(2) + ",/b\n";
    auto result = importEvents(csv);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->handedOver, 1);
    EXPECT_EQ(result->routed, 1);
    EXPECT_EQ(stageOf(sofia), Stage::Mql);
    auto handoff = HandoffRepository(file.db()).latest(sofia);
    ASSERT_TRUE(handoff.ok() && handoff->has_value());
    EXPECT_EQ((*handoff)->trigger, HandoffTrigger::Event);
    EXPECT_EQ((*handoff)->fit, 60);
    ASSERT_TRUE((*handoff)->signal.has_value());
    EXPECT_EQ((*handoff)->signal->detail, QStringLiteral("/c")); // the view that took it over the bar
    EXPECT_EQ(count("SELECT count(*) FROM sla_clocks"), 1);
}

TEST_F(EventImporterTest, Run_EventsOnTopOfStoredOnes_JudgedWithTheWholeHistory)
{
    const qint64 sofia = nurtureLead(QStringLiteral("Software"), QStringLiteral("Sofia Soft"));
    event(sofia, EventType::PageView, clock.now().addSecs(-600));
    event(sofia, EventType::PageView, clock.now().addSecs(-500));
    const QByteArray csv = "email,type,time\nsofia.soft@x.test,page_view," + minutesAgo(1) + "\n";
    auto result = importEvents(csv);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->handedOver, 1);
    EXPECT_EQ(stageOf(sofia), Stage::Mql);
}

TEST_F(EventImporterTest, Run_DemoRequestFromPoorFit_FastTrackHandoff)
{
    const qint64 nina = nurtureLead(QStringLiteral("Retail"));
    const QByteArray csv = "email,type,time\nnina.nurture@x.test,demo_request," + minutesAgo(1) + "\n";
    auto result = importEvents(csv);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->handedOver, 1);
    EXPECT_TRUE((*HandoffRepository(file.db()).latest(nina))->fastTrack);
}

TEST_F(EventImporterTest, Run_Cancelled_NoEventKeptFileUnchanged)
{
    nurtureLead(QStringLiteral("Software"), QStringLiteral("Sofia Soft"));
    QByteArray csv = "email,type,time\n";
    for (int i = 0; i < 10'000; ++i)
        csv += "sofia.soft@x.test,page_view," + minutesAgo(1 + i % 100) + "\n";
    const QByteArray before = fileDigest();
    std::atomic<bool> cancel{false};
    TaskControl control;
    control.cancel = &cancel;
    control.onProgress = [&cancel](qint64 done, qint64) {
        if (done > 0)
            cancel = true;
    };
    auto result = importEvents(csv, {}, control);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(count("SELECT count(*) FROM events"), 0);
    EXPECT_EQ(fileDigest(), before);
}

} // namespace
} // namespace baton
