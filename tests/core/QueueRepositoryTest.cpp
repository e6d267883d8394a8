#include "storage/QueueRepository.h"

#include "common/FixedClock.h"
#include "services/LeadService.h"
#include "storage/SlaRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

class QueueRepositoryTest : public ::testing::Test {
protected:
    QueueRepositoryTest()
        : team(test::addTeam(file.db()))
        , queue(file.db())
    {}

    qint64 lead(const char *name, Stage stage, qint64 owner, int hoursAgo,
                std::optional<qint64> campaign = {}, const char *company = "Acme Corp")
    {
        return test::addLead(file.db(),
                             test::LeadSpec{.name = QString::fromUtf8(name),
                                            .company = QString::fromUtf8(company),
                                            .stage = stage,
                                            .ownerId = owner,
                                            .campaignId = campaign,
                                            .handoffAt = test::referenceTime().addSecs(-3600 * hoursAgo)});
    }

    std::vector<qint64> ids(const QueueFilter &filter)
    {
        std::vector<qint64> out;
        for (const QueueRow &row : *queue.pageAfter(filter, std::nullopt, 1000))
            out.push_back(row.id);
        return out;
    }

    test::TestFile file;
    test::Team team;
    QueueRepository queue;
    FixedClock clock{test::referenceTime()};
};

} // namespace

TEST_F(QueueRepositoryTest, PageAfter_OwnersOpenLeads_OldestHandoffFirst)
{
    const qint64 newest = lead("New Lead", Stage::Mql, team.sdr, 1);
    const qint64 oldest = lead("Old Lead", Stage::Sal, team.sdr, 30);
    const qint64 middle = lead("Mid Lead", Stage::Mql, team.sdr, 5);
    lead("Closed Lead", Stage::Sql, team.sdr, 40);
    lead("Rejected Lead", Stage::Rejected, team.sdr, 50);
    lead("Someone Else", Stage::Mql, team.otherSdr, 60);

    const QueueFilter mine{.ownerId = team.sdr};
    EXPECT_EQ(ids(mine), (std::vector<qint64>{oldest, middle, newest}));
    EXPECT_EQ(*queue.count(mine), 3);
    EXPECT_EQ(*queue.count(QueueFilter{}), 4);
}

TEST_F(QueueRepositoryTest, PageAfter_RunningClocksFirstBySoonestDueThenTheRestByHandoff)
{
    const qint64 oldMet = lead("Old Met", Stage::Sal, team.sdr, 30);
    const qint64 dueLater = lead("Due Later", Stage::Mql, team.sdr, 2);
    const qint64 dueSoon = lead("Due Soon", Stage::Mql, team.sdr, 1);
    const qint64 newMet = lead("New Met", Stage::Mql, team.sdr, 3);
    SlaRepository clocks(file.db());
    ASSERT_TRUE(clocks.setLeadDue(dueLater, test::referenceTime().addSecs(3600)).ok());
    ASSERT_TRUE(clocks.setLeadDue(dueSoon, test::referenceTime().addSecs(300)).ok());
    EXPECT_EQ(ids(QueueFilter{.ownerId = team.sdr}),
              (std::vector<qint64>{dueSoon, dueLater, oldMet, newMet}));
    const auto rows = *queue.pageAfter(QueueFilter{.ownerId = team.sdr}, std::nullopt, 10);
    EXPECT_EQ(rows[0].dueAt, test::referenceTime().addSecs(300));
    EXPECT_FALSE(rows[2].dueAt.has_value());
    // Keyset paging follows the same order.
    const auto second =
        *queue.pageAfter(QueueFilter{.ownerId = team.sdr}, QueueRepository::keyOf(rows[1]), 10);
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].id, oldMet);
}

TEST_F(QueueRepositoryTest, PageAfter_FiltersByStageCampaignAndSearch)
{
    const qint64 a = lead("Priya Shah", Stage::Mql, team.sdr, 3, team.webinar, "Globex");
    const qint64 b = lead("Tom Becker", Stage::Sal, team.sdr, 2, team.whitepaper, "Initech");
    const qint64 c = lead("Ana Lima", Stage::Mql, team.sdr, 1, team.whitepaper, "Globex Brasil");

    EXPECT_EQ(ids({.ownerId = team.sdr, .stage = Stage::Mql}), (std::vector<qint64>{a, c}));
    EXPECT_EQ(ids({.ownerId = team.sdr, .campaignId = team.whitepaper}), (std::vector<qint64>{b, c}));
    EXPECT_EQ(ids({.ownerId = team.sdr, .search = QStringLiteral("globex")}), (std::vector<qint64>{a, c}));
    EXPECT_EQ(ids({.ownerId = team.sdr, .search = QStringLiteral("tom.becker@")}), (std::vector<qint64>{b}));
    EXPECT_EQ(ids({.ownerId = team.sdr, .search = QStringLiteral("becker")}), (std::vector<qint64>{b}));
    EXPECT_EQ(*queue.count({.ownerId = team.sdr, .stage = Stage::Mql, .search = QStringLiteral("Ana")}), 1);
}

TEST_F(QueueRepositoryTest, Search_WildcardCharacters_MatchLiterally)
{
    lead("Percy Percent", Stage::Mql, team.sdr, 3, {}, "100% Growth Ltd");
    lead("Under Score", Stage::Mql, team.sdr, 2, {}, "Plain Co");
    EXPECT_EQ(*queue.count({.ownerId = team.sdr, .search = QStringLiteral("100%")}), 1);
    EXPECT_EQ(*queue.count({.ownerId = team.sdr, .search = QStringLiteral("%")}), 1);
    EXPECT_EQ(*queue.count({.ownerId = team.sdr, .search = QStringLiteral("_")}), 0);
}

TEST_F(QueueRepositoryTest, KeysetPaging_WalksTheSameRowsAsOffsetPaging)
{
    // Several leads share a handoff time so the id breaks ties.
    for (int i = 0; i < 23; ++i)
        lead(QStringLiteral("Lead %1").arg(i).toUtf8().constData(), i % 3 ? Stage::Mql : Stage::Sal, team.sdr,
             i / 4);
    const QueueFilter mine{.ownerId = team.sdr};

    std::vector<qint64> keyset;
    std::optional<QueueKey> after;
    for (;;) {
        const auto page = *queue.pageAfter(mine, after, 5);
        if (page.empty())
            break;
        for (const QueueRow &row : page)
            keyset.push_back(row.id);
        after = QueueRepository::keyOf(page.back());
    }
    std::vector<qint64> offset;
    for (qint64 start = 0; start < 23; start += 5) {
        for (const QueueRow &row : *queue.pageAt(mine, start, 5))
            offset.push_back(row.id);
    }
    EXPECT_EQ(keyset.size(), 23u);
    EXPECT_EQ(keyset, offset);
    const auto last = *queue.pageAt(mine, 22, 5);
    ASSERT_EQ(last.size(), 1u);
    EXPECT_EQ(last[0].id, keyset.back());
    EXPECT_TRUE(queue.pageAt(mine, 23, 5)->empty());
    EXPECT_EQ(keyset, ids(mine));
}

TEST_F(QueueRepositoryTest, Rows_CarryWhatTheQueueShows)
{
    const qint64 id = lead("Priya Shah", Stage::Mql, team.sdr, 3, team.webinar, "Globex");
    const auto rows = *queue.pageAfter({.ownerId = team.sdr}, std::nullopt, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].id, id);
    EXPECT_EQ(rows[0].name, QStringLiteral("Priya Shah"));
    EXPECT_EQ(rows[0].company, QStringLiteral("Globex"));
    EXPECT_EQ(rows[0].title, QStringLiteral("VP Marketing"));
    EXPECT_EQ(rows[0].email, QStringLiteral("priya.shah@example.com"));
    EXPECT_EQ(rows[0].stage, Stage::Mql);
    EXPECT_EQ(rows[0].campaign, QStringLiteral("Q3 Pipeline Webinar"));
    EXPECT_EQ(rows[0].handoffAt, test::referenceTime().addSecs(-3 * 3600));
    EXPECT_EQ(rows[0].version, 2);
}

TEST_F(QueueRepositoryTest, Rows_AcceptedWithoutContact_CarryTheFlagUntilAContactIsLogged)
{
    const qint64 bare = lead("Accepted Bare", Stage::Mql, team.sdr, 3);
    const qint64 called = lead("Accepted Called", Stage::Mql, team.sdr, 2);
    LeadService service(file.db(), clock);
    ASSERT_TRUE(
        service.logActivity(called, team.sdr, ActivityType::Call, QStringLiteral("connected"), {}).ok());
    ASSERT_TRUE(service.accept(bare, team.sdr).ok());
    ASSERT_TRUE(service.accept(called, team.sdr).ok());

    auto rows = *queue.pageAfter({.ownerId = team.sdr}, std::nullopt, 10);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].id, bare);
    EXPECT_TRUE(rows[0].movedWithoutContact);
    EXPECT_FALSE(rows[1].movedWithoutContact);

    ASSERT_TRUE(service.logActivity(bare, team.sdr, ActivityType::Email, QStringLiteral("replied"), {}).ok());
    rows = *queue.pageAfter({.ownerId = team.sdr}, std::nullopt, 10);
    EXPECT_FALSE(rows[0].movedWithoutContact);
}

TEST_F(QueueRepositoryTest, Opportunities_ListTheOwnersConvertedLeadsWithHowTheyClosed)
{
    const qint64 open = lead("Open Deal", Stage::Sal, team.sdr, 5);
    const qint64 won = lead("Won Deal", Stage::Sal, team.sdr, 4);
    const qint64 others = lead("Other Deal", Stage::Sal, team.otherSdr, 3);
    const qint64 stillOpen = lead("Still Working", Stage::Sal, team.sdr, 2);
    LeadService service(file.db(), clock);
    for (qint64 id : {open, won, others})
        ASSERT_TRUE(service.convert(id, id == others ? team.otherSdr : team.sdr, test::qualified(100)).ok());
    ASSERT_TRUE(service.closeOpportunity(won, team.sdr, true, {}).ok());

    const QueueFilter mine{.ownerId = team.sdr, .stage = Stage::Sql};
    EXPECT_EQ(ids(mine), (std::vector<qint64>{open, won}));
    EXPECT_EQ(*queue.count(mine), 2);
    EXPECT_EQ(*queue.count(QueueFilter{.stage = Stage::Sql}), 3);
    const auto rows = *queue.pageAfter(mine, std::nullopt, 10);
    EXPECT_EQ(rows[0].stage, Stage::Sql);
    EXPECT_TRUE(rows[0].opportunityResult.isEmpty());
    EXPECT_EQ(rows[1].opportunityResult, QStringLiteral("won"));

    // The open queue keeps to mql and sal, with no opportunity looked up.
    EXPECT_EQ(ids({.ownerId = team.sdr}), (std::vector<qint64>{stillOpen}));
    EXPECT_TRUE((*queue.pageAfter({.ownerId = team.sdr}, std::nullopt, 10))[0].opportunityResult.isEmpty());
    // Jumping far down the list pages the same rows.
    EXPECT_EQ((*queue.pageAt(mine, 1, 10))[0].id, won);
}
