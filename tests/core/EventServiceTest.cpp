#include "services/EventService.h"

#include "HandoffFixture.h"
#include "services/LeadService.h"
#include "storage/HandoffRepository.h"

namespace baton {
namespace {

class EventServiceTest : public test::HandoffFixture {
protected:
    EventServiceTest()
        : version(makeEffective(handoffDefinition()))
        , service(file.db(), clock)
    {}

    Result<EventOutcome> arrive(qint64 leadId, EventType type, qint64 minutesAgo, const QString &detail = {})
    {
        EngagementEvent e;
        e.leadId = leadId;
        e.type = type;
        e.occurredAt = clock.now().addSecs(-60 * minutesAgo);
        e.detail = detail;
        return service.record(e);
    }

    int version;
    EventService service;
};

TEST_F(EventServiceTest, Record_ThirdPageViewMeetsTheRule_LeadHandedOverWithItAsSignal)
{
    const qint64 lead = nurtureLead(QStringLiteral("Software"));
    ASSERT_FALSE(arrive(lead, EventType::PageView, 30)->handoff.has_value());
    ASSERT_FALSE(arrive(lead, EventType::PageView, 20)->handoff.has_value());
    auto third = arrive(lead, EventType::PageView, 0, QStringLiteral("/pricing"));
    ASSERT_TRUE(third.ok()) << third.error().message.toStdString();
    ASSERT_TRUE(third->handoff.has_value());

    EXPECT_EQ(stageOf(lead), Stage::Mql);
    EXPECT_EQ(leads.find(lead)->handoffAt, clock.now());
    auto stored = HandoffRepository(file.db()).latest(lead);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const Handoff &handoff = **stored;
    EXPECT_EQ(handoff.definitionNumber, version);
    EXPECT_EQ(handoff.trigger, HandoffTrigger::Event);
    EXPECT_EQ(handoff.fit, 60);
    EXPECT_EQ(handoff.engagement, 30);
    EXPECT_FALSE(handoff.fastTrack);
    ASSERT_TRUE(handoff.signal.has_value());
    EXPECT_EQ(handoff.signal->id, third->eventId);
    EXPECT_EQ(handoff.signal->detail, QStringLiteral("/pricing"));
    EXPECT_EQ(handoff.completeness, 100);
    EXPECT_EQ(count("SELECT count(*) FROM stage_changes WHERE to_stage = 'mql'"), 1);
}

TEST_F(EventServiceTest, Record_DemoRequestFromPoorFit_FastTrackHandoff)
{
    const qint64 lead = nurtureLead(QStringLiteral("Retail"));
    auto outcome = arrive(lead, EventType::DemoRequest, 1, QStringLiteral("Book a demo"));
    ASSERT_TRUE(outcome.ok());
    ASSERT_TRUE(outcome->handoff.has_value());
    EXPECT_TRUE(outcome->handoff->fastTrack);
    EXPECT_EQ(outcome->handoff->fit, 0);
    EXPECT_EQ(stageOf(lead), Stage::Mql);
}

TEST_F(EventServiceTest, Record_BelowTheBar_EventStoredLeadStaysInNurture)
{
    const qint64 lead = nurtureLead(QStringLiteral("Software"));
    auto outcome = arrive(lead, EventType::PageView, 5);
    ASSERT_TRUE(outcome.ok());
    EXPECT_FALSE(outcome->handoff.has_value());
    EXPECT_EQ(stageOf(lead), Stage::Nurture);
    EXPECT_EQ(count("SELECT count(*) FROM events"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM handoffs"), 0);
}

TEST_F(EventServiceTest, Record_LeadAlreadyWithSales_EventStoredStageUnchanged)
{
    const qint64 lead = test::addLead(file.db(), {.stage = Stage::Sal, .ownerId = team.sdr});
    auto outcome = arrive(lead, EventType::DemoRequest, 1);
    ASSERT_TRUE(outcome.ok());
    EXPECT_FALSE(outcome->handoff.has_value());
    EXPECT_EQ(stageOf(lead), Stage::Sal);
}

TEST_F(EventServiceTest, Record_RecycledLeadNotYetDue_NotHandedOver)
{
    const qint64 lead = test::addLead(file.db(), {.stage = Stage::Recycled, .ownerId = team.sdr});
    auto outcome = arrive(lead, EventType::DemoRequest, 1);
    ASSERT_TRUE(outcome.ok());
    EXPECT_FALSE(outcome->handoff.has_value());
    EXPECT_EQ(stageOf(lead), Stage::Recycled);
}

TEST_F(EventServiceTest, Record_EventInTheFuture_RefusedAndNothingStored)
{
    const qint64 lead = nurtureLead(QStringLiteral("Software"));
    auto outcome = arrive(lead, EventType::DemoRequest, -10);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(count("SELECT count(*) FROM events"), 0);
}

TEST_F(EventServiceTest, Record_UnknownLead_NotFound)
{
    auto outcome = arrive(999, EventType::PageView, 1);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().kind, ErrorKind::NotFound);
}

TEST_F(EventServiceTest, Record_KeepsTheLeadsLatestEventTime)
{
    const qint64 lead = nurtureLead(QStringLiteral("Retail"));
    ASSERT_TRUE(arrive(lead, EventType::PageView, 5).ok());
    ASSERT_TRUE(arrive(lead, EventType::PageView, 50).ok()); // an older one arrives late
    EXPECT_EQ(count("SELECT last_event_at FROM leads WHERE id = " + std::to_string(lead)),
              clock.now().addSecs(-300).toSecsSinceEpoch());
}

TEST_F(EventServiceTest, HandOverByHand_RecordsScoresWithoutSignal)
{
    const qint64 lead = nurtureLead(QStringLiteral("Software"));
    ASSERT_TRUE(arrive(lead, EventType::PageView, 1).ok());
    ASSERT_TRUE(LeadService(file.db(), clock).handOver(lead, team.sdr, team.salesManager).ok());
    auto stored = HandoffRepository(file.db()).latest(lead);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->trigger, HandoffTrigger::Manual);
    EXPECT_EQ((*stored)->definitionNumber, version);
    EXPECT_EQ((*stored)->fit, 60);
    EXPECT_EQ((*stored)->engagement, 10);
    EXPECT_FALSE((*stored)->signal.has_value());
    EXPECT_EQ((*stored)->completeness, 50);
    EXPECT_EQ((*stored)->missing, QStringList{QStringLiteral("buying_signal")});
}

TEST_F(EventServiceTest, Handoffs_AreAppendOnly)
{
    const qint64 lead = nurtureLead(QStringLiteral("Retail"));
    ASSERT_TRUE(arrive(lead, EventType::DemoRequest, 1).ok());
    EXPECT_FALSE(file.db().exec("UPDATE handoffs SET fit_score = 99").ok());
    EXPECT_FALSE(file.db().exec("DELETE FROM handoffs").ok());
}

} // namespace
} // namespace baton
