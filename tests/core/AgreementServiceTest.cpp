#include "services/AgreementService.h"

#include "common/FixedClock.h"
#include "storage/Database.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

class AgreementServiceTest : public ::testing::Test {
protected:
    AgreementServiceTest()
        : team(test::addTeam(file.db()))
        , clock(test::referenceTime())
        , service(file.db(), clock)
    {}

    static Definition changed(int points)
    {
        Definition definition = Definition::defaults();
        definition.mqlRule.minFit = points;
        return definition;
    }

    int draft(DefinitionTeam side, const Definition &definition)
    {
        const qint64 actor = side == DefinitionTeam::Marketing ? team.marketingManager : team.salesManager;
        auto made = service.importDraft(side, definition, actor);
        EXPECT_TRUE(made.ok()) << made.error().message.toStdString();
        return made.ok() ? made->number : 0;
    }

    /// Both drafts, then the proposal reconciling them; returns the proposal's number.
    int proposal(const Definition &definition)
    {
        const int marketing = draft(DefinitionTeam::Marketing, definition);
        clock.advanceSeconds(3600);
        const int sales = draft(DefinitionTeam::Sales, definition);
        auto proposed = service.propose(marketing, sales, std::nullopt, team.salesManager);
        EXPECT_TRUE(proposed.ok()) << proposed.error().message.toStdString();
        return proposed.ok() ? proposed->number : 0;
    }

    qint64 count(const char *sql) { return *file.db().queryInt(sql); }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
    AgreementService service;
};

} // namespace

TEST_F(AgreementServiceTest, Effective_NothingSigned_DefaultsAsVersionZero)
{
    auto current = service.effective();
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(current->number, 0);
    EXPECT_EQ(current->definition, Definition::defaults());
}

TEST_F(AgreementServiceTest, ImportDraft_EachManagerTheirOwnTeam_Stored)
{
    EXPECT_EQ(draft(DefinitionTeam::Marketing, changed(30)), 1);
    EXPECT_EQ(draft(DefinitionTeam::Sales, changed(40)), 2);
    auto byAdmin = service.importDraft(DefinitionTeam::Sales, changed(50), team.admin);
    ASSERT_TRUE(byAdmin.ok());
    auto stored = service.find(2);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->team, DefinitionTeam::Sales);
    EXPECT_EQ(stored->status, VersionStatus::Draft);
    EXPECT_EQ(stored->definition, changed(40));
    EXPECT_EQ(service.list()->size(), 3U);
}

TEST_F(AgreementServiceTest, ImportDraft_WrongRole_PermissionDeniedAndNothingStored)
{
    const std::pair<DefinitionTeam, qint64> refused[] = {{DefinitionTeam::Marketing, team.salesManager},
                                                         {DefinitionTeam::Sales, team.marketingManager},
                                                         {DefinitionTeam::Sales, team.sdr},
                                                         {DefinitionTeam::Marketing, team.sdr}};
    for (const auto &[side, actor] : refused) {
        auto made = service.importDraft(side, changed(30), actor);
        ASSERT_FALSE(made.ok());
        EXPECT_EQ(made.error().kind, ErrorKind::PermissionDenied);
        EXPECT_TRUE(made.error().message.contains(QStringLiteral("may not")))
            << made.error().message.toStdString();
    }
    EXPECT_EQ(count("SELECT count(*) FROM definition_versions"), 0);
}

TEST_F(AgreementServiceTest, Propose_DraftsDiffer_RefusedUnlessReconciled)
{
    const int marketing = draft(DefinitionTeam::Marketing, changed(30));
    const int sales = draft(DefinitionTeam::Sales, changed(40));
    auto refused = service.propose(marketing, sales, std::nullopt, team.marketingManager);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
    auto swapped = service.propose(sales, marketing, changed(35), team.marketingManager);
    ASSERT_FALSE(swapped.ok());
    auto bySdr = service.propose(marketing, sales, changed(35), team.sdr);
    ASSERT_FALSE(bySdr.ok());
    EXPECT_EQ(bySdr.error().kind, ErrorKind::PermissionDenied);
    auto proposed = service.propose(marketing, sales, changed(35), team.marketingManager);
    ASSERT_TRUE(proposed.ok()) << proposed.error().message.toStdString();
    EXPECT_EQ(proposed->status, VersionStatus::Proposed);
    EXPECT_EQ(service.find(proposed->number)->definition, changed(35));
}

TEST_F(AgreementServiceTest, Sign_BothManagers_EffectiveWithTimeToAgreement)
{
    const QDateTime firstDraft = clock.now();
    const int number = proposal(changed(30));
    clock.advanceSeconds(86400);
    auto first = service.sign(number, team.salesManager);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->status, VersionStatus::Proposed);
    EXPECT_EQ(service.effective()->number, 0);

    clock.advanceSeconds(600);
    auto second = service.sign(number, team.marketingManager);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    auto current = service.effective();
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(current->number, number);
    EXPECT_EQ(current->definition, changed(30));
    EXPECT_EQ(current->effectiveFrom, clock.now());
    EXPECT_EQ(current->signatures.size(), 2U);
    EXPECT_EQ(current->timeToAgreementSeconds(), firstDraft.secsTo(clock.now()));
    EXPECT_EQ(current->timeToAgreementSeconds(), 3600 + 86400 + 600);
}

TEST_F(AgreementServiceTest, Sign_WrongVersionOrRole_ClearErrors)
{
    const int number = proposal(changed(30));
    auto bySdr = service.sign(number, team.sdr);
    ASSERT_FALSE(bySdr.ok());
    EXPECT_EQ(bySdr.error().kind, ErrorKind::PermissionDenied);
    auto byAdmin = service.sign(number, team.admin);
    ASSERT_FALSE(byAdmin.ok());
    EXPECT_EQ(byAdmin.error().kind, ErrorKind::PermissionDenied);
    auto aDraft = service.sign(1, team.salesManager);
    ASSERT_FALSE(aDraft.ok());
    EXPECT_TRUE(aDraft.error().message.contains(QStringLiteral("only a proposal")));
    auto missing = service.sign(99, team.salesManager);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);

    ASSERT_TRUE(service.sign(number, team.salesManager).ok());
    auto twice = service.sign(number, team.salesManager);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(count("SELECT count(*) FROM definition_signatures"), 1);

    ASSERT_TRUE(service.sign(number, team.marketingManager).ok());
    auto afterwards = service.sign(number, team.marketingManager);
    ASSERT_FALSE(afterwards.ok());
    EXPECT_TRUE(afterwards.error().message.contains(QStringLiteral("already effective")));
}

TEST_F(AgreementServiceTest, Sign_SecondAgreement_SupersedesTheFirstAndKeepsHistory)
{
    const int first = proposal(changed(30));
    ASSERT_TRUE(service.sign(first, team.salesManager).ok());
    ASSERT_TRUE(service.sign(first, team.marketingManager).ok());
    clock.advanceSeconds(7 * 86400);
    const QDateTime secondRound = clock.now();
    const int second = proposal(changed(45));
    ASSERT_TRUE(service.sign(second, team.marketingManager).ok());
    clock.advanceSeconds(60);
    ASSERT_TRUE(service.sign(second, team.salesManager).ok());

    EXPECT_EQ(count("SELECT count(*) FROM definition_versions WHERE status = 'effective'"), 1);
    EXPECT_EQ(service.effective()->number, second);
    EXPECT_EQ(service.find(first)->status, VersionStatus::Superseded);
    EXPECT_EQ(service.find(first)->definition, changed(30));
    EXPECT_EQ(service.find(second)->basedOn, service.find(first)->id);
    // The second round is timed from its own first draft, not from the first round's.
    EXPECT_EQ(service.find(second)->timeToAgreementSeconds(), secondRound.secsTo(clock.now()));
    EXPECT_EQ(service.list()->size(), 6U);
    auto differences = service.diff(first, second);
    ASSERT_TRUE(differences.ok());
    EXPECT_FALSE(differences->empty());
    EXPECT_TRUE(service.diff(0, 0)->empty());
}

TEST_F(AgreementServiceTest, Propose_RecordsTheDraftsItReconciles)
{
    const int marketing = draft(DefinitionTeam::Marketing, changed(30));
    const int sales = draft(DefinitionTeam::Sales, changed(40));
    auto proposed = service.propose(marketing, sales, changed(35), team.salesManager);
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed->sourceDrafts, (std::vector<int>{marketing, sales}));
    auto stored = service.find(proposed->number);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->sourceDrafts, (std::vector<int>{marketing, sales}));
    EXPECT_TRUE(service.find(marketing)->sourceDrafts.empty());
}
