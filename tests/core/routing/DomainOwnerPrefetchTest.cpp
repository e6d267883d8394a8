#include "storage/DomainOwnerPrefetch.h"

#include "common/FixedClock.h"
#include "services/RoutingService.h"
#include "services/RoutingSession.h"
#include "storage/LeadRepository.h"
#include "storage/RoutingRepository.h"
#include "storage/Transaction.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

/// Company domains with leads in every state the owner lookup tells apart: two owned open leads
/// (the later one first), one owned lead gone back to marketing, one open lead nobody owns.
class DomainOwnerPrefetchTest : public ::testing::Test {
protected:
    DomainOwnerPrefetchTest()
        : team(test::addTeam(file.db()))
    {
        earlier = lead(QStringLiteral("two.test"), Stage::Sal, team.sdr, -3);
        later = lead(QStringLiteral("two.test"), Stage::Mql, team.otherSdr, -2);
        lead(QStringLiteral("gone.test"), Stage::Recycled, team.sdr, -2);
        lead(QStringLiteral("nobody.test"), Stage::Mql, std::nullopt, -2);
    }

    qint64 lead(const QString &domain, Stage stage, std::optional<qint64> owner, int hoursAgo)
    {
        test::LeadSpec spec;
        spec.name = QStringLiteral("Lead %1").arg(++made);
        spec.stage = stage;
        spec.ownerId = owner;
        spec.handoffAt = test::referenceTime().addSecs(hoursAgo * 3600);
        const qint64 id = test::addLead(file.db(), spec);
        EXPECT_TRUE(file.db()
                        .exec(QStringLiteral("UPDATE leads SET company_domain = '%1' WHERE id = %2")
                                  .arg(domain)
                                  .arg(id)
                                  .toStdString())
                        .ok());
        return id;
    }

    static std::vector<QString> domains()
    {
        return {QStringLiteral("two.test"), QStringLiteral("gone.test"), QStringLiteral("nobody.test"),
                QStringLiteral("unknown.test")};
    }

    test::TestFile file;
    test::Team team;
    int made = 0;
    qint64 earlier = 0;
    qint64 later = 0;
};

TEST_F(DomainOwnerPrefetchTest, EveryAnswer_AsTheOwnerLookupGivesIt_WhicheverLeadIsLeftOut)
{
    auto prefetch = DomainOwnerPrefetch::open(file.db());
    ASSERT_NE(prefetch, nullptr) << "a WAL file lets a second reader run";
    prefetch->lookUp(domains());
    ASSERT_EQ(prefetch->size(), domains().size());
    RoutingRepository routing(file.db());
    for (size_t i = 0; i < domains().size(); ++i) {
        for (qint64 leftOut : {qint64{0}, earlier, later}) {
            auto ahead = prefetch->ownerOf(i, leftOut);
            auto asked = routing.ownerOfDomain(domains()[i], leftOut);
            ASSERT_TRUE(ahead.ok() && asked.ok());
            EXPECT_EQ(*ahead, *asked) << domains()[i].toStdString() << " without lead " << leftOut;
        }
    }
    EXPECT_EQ(*prefetch->ownerOf(0, 0), team.otherSdr);
    EXPECT_EQ(*prefetch->ownerOf(0, later), team.sdr);
    EXPECT_EQ(*prefetch->ownerOf(1, 0), std::nullopt);
    EXPECT_EQ(*prefetch->ownerOf(2, 0), std::nullopt);
}

TEST_F(DomainOwnerPrefetchTest, ReadsTheFileAsCommitted_NotTheWriteUnderWayBesideIt)
{
    auto transaction = Transaction::begin(file.db());
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(LeadRepository(file.db()).setOwner(later, team.admin, std::nullopt).ok());
    auto prefetch = DomainOwnerPrefetch::open(file.db());
    ASSERT_NE(prefetch, nullptr);
    prefetch->lookUp(domains());
    EXPECT_EQ(*prefetch->ownerOf(0, 0), team.otherSdr);
    EXPECT_EQ(*RoutingRepository(file.db()).ownerOfDomain(QStringLiteral("two.test"), 0), team.admin);
}

TEST_F(DomainOwnerPrefetchTest, RollbackJournal_Declined_ForTheReaderWouldWaitForTheWriter)
{
    ASSERT_TRUE(file.db().exec("PRAGMA journal_mode = DELETE").ok());
    EXPECT_EQ(DomainOwnerPrefetch::open(file.db()), nullptr);
}

TEST_F(DomainOwnerPrefetchTest, StoppedHalfway_WhatWasFoundStays_TheRestFailsForTheCallerToAsk)
{
    std::vector<QString> many;
    many.reserve(20'000);
    for (int i = 0; i < 20'000; ++i)
        many.push_back(i % 2 == 0 ? QStringLiteral("two.test") : QStringLiteral("none%1.test").arg(i));
    auto prefetch = DomainOwnerPrefetch::open(file.db());
    ASSERT_NE(prefetch, nullptr);
    prefetch->lookUp(many);
    EXPECT_EQ(*prefetch->ownerOf(0, 0), team.otherSdr);
    prefetch->stop();
    EXPECT_EQ(*prefetch->ownerOf(0, 0), team.otherSdr);
    auto last = prefetch->ownerOf(many.size() - 1, 0);
    if (!last.ok())
        EXPECT_EQ(last.error().kind, ErrorKind::Cancelled);
    else
        EXPECT_EQ(*last, std::nullopt);
}

TEST_F(DomainOwnerPrefetchTest, NextBatch_OnTheSameReader_AnswersForItsOwnDomains)
{
    auto prefetch = DomainOwnerPrefetch::open(file.db());
    ASSERT_NE(prefetch, nullptr);
    prefetch->lookUp({QStringLiteral("nobody.test"), QStringLiteral("gone.test")});
    EXPECT_EQ(*prefetch->ownerOf(1, 0), std::nullopt);
    prefetch->lookUp({QStringLiteral("two.test")});
    ASSERT_EQ(prefetch->size(), 1u);
    EXPECT_EQ(*prefetch->ownerOf(0, later), team.sdr);
    EXPECT_FALSE(prefetch->ownerOf(1, 0).ok()) << "nothing asked for as number 1 this time";
}

/// A batch rerouted by the account-owner rule first, then the pool: the decisions with the
/// lookups done ahead are those made asking the file lead by lead.
TEST_F(DomainOwnerPrefetchTest, RoutingSession_SameDecisionsWithTheOwnersLookedUpAhead)
{
    const FixedClock clock(test::referenceTime());
    RoutingConfig config;
    RoutingRule accounts;
    accounts.name = QStringLiteral("Key accounts");
    accounts.action = RoutingAction{RoutingAction::Kind::AccountOwner, {}};
    config.rules = {accounts};
    config.pools = {RoutingPool{QStringLiteral("Sales"),
                                {PoolMember{QStringLiteral("sam.sdr"), 1, {}, {}},
                                 PoolMember{QStringLiteral("olive.sdr"), 1, {}, {}}}}};
    config.fallbackPool = QStringLiteral("Sales");
    RoutingService service(file.db(), clock);
    ASSERT_TRUE(service.save(config, service.load()->version, team.salesManager).ok());
    for (int i = 0; i < 30; ++i)
        lead(QStringLiteral("company%1.test").arg(i % 7), i % 5 == 0 ? Stage::Recycled : Stage::Mql,
             i % 3 == 0 ? std::optional<qint64>() : std::optional<qint64>(i % 2 ? team.sdr : team.otherSdr),
             -1 - i % 4);
    // The latest owned lead of its company first: its own owner is no answer for it.
    std::vector<Lead> batch{*LeadRepository(file.db()).find(later), *LeadRepository(file.db()).find(earlier)};
    for (qint64 id : *RoutingRepository(file.db()).unassignedLeads(100))
        batch.push_back(*LeadRepository(file.db()).find(id));

    auto routeAll = [&](bool ahead) {
        std::vector<std::pair<std::optional<qint64>, QString>> decisions;
        auto transaction = Transaction::begin(file.db());
        auto session = RoutingSession::open(file.db(), clock.now());
        EXPECT_TRUE(transaction.ok() && session.ok());
        RoutingSession::Request request;
        request.kind = RoutingRecord::Kind::Reroute;
        for (size_t i = 0; i < batch.size(); ++i) {
            const Lead &lead = batch[i];
            // In slices of four, as routePending takes its thousands: each after the writes of the last.
            if (ahead && i % 4 == 0)
                (*session)->prefetchOwners(std::vector<Lead>(
                    batch.begin() + static_cast<std::ptrdiff_t>(i),
                    batch.begin() + static_cast<std::ptrdiff_t>(std::min(batch.size(), i + 4))));
            auto decision = (*session)->route(lead, QStringLiteral("warm"), 60, request);
            EXPECT_TRUE(decision.ok()) << decision.error().message.toStdString();
            decisions.emplace_back(decision->assigneeId, decision->reason);
        }
        EXPECT_TRUE((*session)->finish().ok());
        return decisions; // rolled back
    };
    const auto asked = routeAll(false);
    const auto ahead = routeAll(true);
    EXPECT_EQ(ahead, asked);
    EXPECT_EQ(ahead.front().first, team.sdr) << "the owner of its company's lead before it";
    EXPECT_GT(std::count_if(asked.begin(), asked.end(),
                            [](const auto &decision) {
                                return decision.second.contains(QStringLiteral("Key accounts"));
                            }),
              0);
}

} // namespace
} // namespace baton
