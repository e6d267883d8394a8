#include "services/ReevaluationService.h"

#include "HandoffFixture.h"
#include "services/EventService.h"
#include "storage/HandoffRepository.h"

#include <atomic>

namespace baton {
namespace {

class ReevaluationServiceTest : public test::HandoffFixture {
protected:
    ReevaluationServiceTest()
        : first(makeEffective(handoffDefinition(30)))
        , service(file.db(), clock)
    {}

    /// A software lead with two fresh page views: engagement 20, below 30, above 15.
    qint64 warmLead(const QString &name = QStringLiteral("Warm Lead"))
    {
        const qint64 lead = nurtureLead(QStringLiteral("Software"), name);
        event(lead, EventType::PageView, clock.now().addSecs(-7200));
        event(lead, EventType::PageView, clock.now().addSecs(-3600), QStringLiteral("/pricing"));
        return lead;
    }

    int first;
    ReevaluationService service;
};

TEST_F(ReevaluationServiceTest, Run_NewVersionLowersTheBar_WarmLeadHandedOverUnderIt)
{
    const qint64 lead = warmLead();
    ASSERT_TRUE(service.run(std::nullopt).ok()); // under the first version: below the bar
    EXPECT_EQ(stageOf(lead), Stage::Nurture);

    clock.advanceSeconds(60);
    const int second = makeEffective(handoffDefinition(15));
    EXPECT_TRUE(*service.pending());
    auto run = service.run(team.salesManager);
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->definitionNumber, second);
    EXPECT_EQ(run->evaluated, 1);
    EXPECT_EQ(run->handedOver, 1);
    EXPECT_FALSE(*service.pending());

    EXPECT_EQ(stageOf(lead), Stage::Mql);
    auto handoff = HandoffRepository(file.db()).latest(lead);
    ASSERT_TRUE(handoff.ok() && handoff->has_value());
    EXPECT_EQ((*handoff)->trigger, HandoffTrigger::Reevaluation);
    EXPECT_EQ((*handoff)->definitionNumber, second);
    EXPECT_EQ((*handoff)->at, clock.now());
    // The run that took it over the bar of 15 started with the second view.
    ASSERT_TRUE((*handoff)->signal.has_value());
    EXPECT_EQ((*handoff)->signal->detail, QStringLiteral("/pricing"));
}

TEST_F(ReevaluationServiceTest, Run_LeadHandedOverEarlier_KeepsTheVersionItWasHandedOverUnder)
{
    const qint64 lead = nurtureLead(QStringLiteral("Software"));
    EngagementEvent demo;
    demo.leadId = lead;
    demo.type = EventType::DemoRequest;
    demo.occurredAt = clock.now();
    ASSERT_TRUE(EventService(file.db(), clock).record(demo)->handoff.has_value());

    clock.advanceSeconds(60);
    makeEffective(handoffDefinition(15));
    ASSERT_TRUE(service.run(std::nullopt).ok());
    auto handoffs = HandoffRepository(file.db()).forLead(lead);
    ASSERT_TRUE(handoffs.ok());
    ASSERT_EQ(handoffs->size(), 1u);
    EXPECT_EQ(handoffs->front().definitionNumber, first);
}

TEST_F(ReevaluationServiceTest, Run_Cancelled_NothingChanges)
{
    const qint64 lead = warmLead();
    makeEffective(handoffDefinition(15));
    std::atomic<bool> stop{true};
    TaskControl control;
    control.cancel = &stop;
    auto run = service.run(std::nullopt, control);
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(stageOf(lead), Stage::Nurture);
    EXPECT_EQ(count("SELECT count(*) FROM handoffs"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM reevaluations"), 0);
    EXPECT_TRUE(*service.pending());
}

TEST_F(ReevaluationServiceTest, Run_ReportsProgressUpToTheTotal)
{
    warmLead(QStringLiteral("One Lead"));
    warmLead(QStringLiteral("Two Lead"));
    std::vector<std::pair<qint64, qint64>> reports;
    TaskControl control;
    control.onProgress = [&](qint64 done, qint64 total) {
        reports.emplace_back(done, total);
    };
    ASSERT_TRUE(service.run(std::nullopt, control).ok());
    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.front(), std::make_pair(qint64{0}, qint64{2}));
    EXPECT_EQ(reports.back(), std::make_pair(qint64{2}, qint64{2}));
}

TEST_F(ReevaluationServiceTest, Run_OnlyLeadsMarketingHolds_AreEvaluated)
{
    warmLead();
    test::addLead(file.db(),
                  {.name = QStringLiteral("With Sales"), .stage = Stage::Sal, .ownerId = team.sdr});
    test::addLead(file.db(),
                  {.name = QStringLiteral("Recycled Later"), .stage = Stage::Recycled, .ownerId = team.sdr});
    auto run = service.run(std::nullopt);
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(run->evaluated, 1);
}

TEST_F(ReevaluationServiceTest, Pending_AfterARun_FalseUntilTheNextVersion)
{
    EXPECT_TRUE(*service.pending());
    ASSERT_TRUE(service.run(std::nullopt).ok());
    EXPECT_FALSE(*service.pending());
    EXPECT_EQ((*service.last())->definitionNumber, first);
}

} // namespace
} // namespace baton
