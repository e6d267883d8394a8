#include "services/LeadPass.h"

#include "HandoffFixture.h"

#include <atomic>
#include <map>
#include <mutex>

namespace baton {
namespace {

class LeadPassTest : public test::HandoffFixture {
protected:
    LeadPassTest()
    {
        // Ten nurture leads with i events each, and a lead with sales in between that no pass reads.
        for (int i = 0; i < 10; ++i) {
            const qint64 lead = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead %1").arg(i));
            for (int e = 0; e < i; ++e)
                event(lead, EventType::PageView, clock.now().addSecs(-3600 * (e + 1)),
                      QStringLiteral("/p%1").arg(e));
            expected[lead] = i;
            if (i == 4)
                test::addLead(file.db(), {.name = QStringLiteral("With Sales"), .stage = Stage::Sal});
        }
        selection.kind = LeadSelection::Kind::MarketingHolds;
        selection.today = clock.now().date();
    }

    std::map<qint64, size_t> expected;
    LeadSelection selection;
};

TEST_F(LeadPassTest, Run_SplitIntoRanges_EverySelectedLeadOnceWithItsEventsInTimeOrder)
{
    for (int ranges : {1, 3}) {
        std::mutex mutex;
        std::map<qint64, size_t> seen;
        bool ordered = true;
        auto run = LeadPass::run(file.db(), selection, ranges,
                                 [&](int, Database &, const LeadWithEvents &lead, LeadEventStream &) {
                                     const auto events = lead.leadEvents();
                                     for (size_t i = 1; i < events.size(); ++i)
                                         ordered =
                                             ordered && events[i - 1].occurredAt <= events[i].occurredAt;
                                     for (const EngagementEvent &event : events)
                                         ordered = ordered && event.leadId == lead.lead.id;
                                     const std::lock_guard lock(mutex);
                                     ++seen[lead.lead.id]; // counts visits: must stay 1 each
                                     seen[lead.lead.id] += events.size() * 100;
                                     return true;
                                 },
                                 {});
        ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
        ASSERT_EQ(seen.size(), expected.size()) << ranges << " ranges";
        for (const auto &[id, events] : expected)
            EXPECT_EQ(seen[id], 1 + events * 100) << "lead " << id << ", " << ranges << " ranges";
        EXPECT_TRUE(ordered);
    }
}

TEST_F(LeadPassTest, Run_EventsOnDemand_VisitorReadsAsFarAsItWantsAndTheNextLeadGetsItsOwn)
{
    selection.eventsOnDemand = true;
    for (int ranges : {1, 3}) {
        std::mutex mutex;
        std::map<qint64, std::vector<QString>> seen;
        auto run = LeadPass::run(file.db(), selection, ranges,
                                 [&](int, Database &, const LeadWithEvents &lead, LeadEventStream &events) {
                                     EXPECT_EQ(lead.eventCount, 0u);
                                     std::vector<QString> details;
                                     // Reads at most two events of each lead: the rest are passed over.
                                     while (details.size() < 2) {
                                         auto more = events.nextEvent();
                                         EXPECT_TRUE(more.ok());
                                         if (!more.ok() || !*more)
                                             break;
                                         EXPECT_EQ(events.eventType(), EventType::PageView);
                                         details.push_back(events.eventDetail().value());
                                     }
                                     const std::lock_guard lock(mutex);
                                     seen[lead.lead.id] = details;
                                     return true;
                                 },
                                 {});
        ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
        ASSERT_EQ(seen.size(), expected.size()) << ranges << " ranges";
        for (const auto &[id, events] : expected) {
            // Oldest first: event e is e + 1 hours ago, so the oldest is the last one made.
            std::vector<QString> want;
            for (size_t e = events; e > 0 && want.size() < 2; --e)
                want.push_back(QStringLiteral("/p%1").arg(e - 1));
            EXPECT_EQ(seen[id], want) << "lead " << id << ", " << ranges << " ranges";
        }
    }
}

TEST_F(LeadPassTest, Run_ReportsProgressInLeadIdsUpToTheTotal)
{
    for (int ranges : {1, 2}) {
        std::vector<std::pair<qint64, qint64>> reports;
        TaskControl control;
        control.onProgress = [&](qint64 done, qint64 total) {
            reports.emplace_back(done, total);
        };
        const LeadPass::Visit visit = [](int, Database &, const LeadWithEvents &, LeadEventStream &) {
            return true;
        };
        ASSERT_TRUE(LeadPass::run(file.db(), selection, ranges, visit, control).ok());
        ASSERT_GE(reports.size(), 2u);
        EXPECT_EQ(reports.front(), std::make_pair(qint64{0}, qint64{11})); // eleven lead ids in the file
        EXPECT_EQ(reports.back(), std::make_pair(qint64{11}, qint64{11}));
    }
}

TEST_F(LeadPassTest, Run_Cancelled_StopsEveryRange)
{
    std::atomic<bool> stop{true};
    TaskControl control;
    control.cancel = &stop;
    std::atomic<int> visits{0};
    ASSERT_TRUE(LeadPass::run(
                    file.db(), selection, 2,
                    [&](int, Database &, const LeadWithEvents &, LeadEventStream &) {
                        ++visits;
                        return true;
                    },
                    control)
                    .ok());
    EXPECT_EQ(visits, 0);
}

TEST_F(LeadPassTest, RangesFor_SmallFileIsReadOnTheCallingThread)
{
    EXPECT_EQ(LeadPass::rangesFor(1000), 1);
    EXPECT_GE(LeadPass::rangesFor(1'000'000), 1);
    EXPECT_LE(LeadPass::rangesFor(1'000'000), 4);
}

} // namespace
} // namespace baton
