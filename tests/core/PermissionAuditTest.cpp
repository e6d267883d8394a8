#include "common/FixedClock.h"
#include "services/AgreementService.h"
#include "services/LeadService.h"
#include "services/RoutingService.h"
#include "services/UserService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

using namespace baton;

namespace {

class PermissionAuditTest : public ::testing::Test {
protected:
    PermissionAuditTest()
        : team(test::addTeam(file.db()))
        , clock(test::referenceTime())
        , service(file.db(), clock)
        , leads(file.db())
        , audit(file.db())
    {}

    qint64 lead(Stage stage, std::optional<qint64> owner = {})
    {
        return test::addLead(file.db(), test::LeadSpec{.stage = stage, .ownerId = owner});
    }

    std::vector<AuditEntry> entriesOf(qint64 leadId)
    {
        AuditQuery query;
        query.subject = QStringLiteral("lead");
        query.subjectId = leadId;
        return *audit.list(query);
    }

    qsizetype auditSize() { return static_cast<qsizetype>(audit.list(AuditQuery{})->size()); }

    static Definition changed(int points)
    {
        Definition definition = Definition::defaults();
        definition.mqlRule.minFit = points;
        return definition;
    }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
    LeadService service;
    LeadRepository leads;
    AuditRepository audit;
};

} // namespace

TEST_F(PermissionAuditTest, MarketingManager_MayNotAcceptRejectDisqualifyOrConvert_AndNothingIsStored)
{
    const qint64 mql = lead(Stage::Mql, team.sdr);
    const qint64 sal = lead(Stage::Sal, team.sdr);
    const qsizetype before = auditSize();
    auto accepted = service.accept(mql, team.marketingManager);
    auto rejected =
        service.reject(mql, team.marketingManager, QStringLiteral("no_authority"), QStringLiteral("x"));
    auto disqualified = service.disqualify(sal, team.marketingManager, QStringLiteral("no_budget"), {});
    auto converted = service.convert(sal, team.marketingManager, Conversion{});
    for (const Result<void> *result : {&accepted, &rejected, &disqualified, &converted}) {
        ASSERT_FALSE(result->ok());
        EXPECT_EQ(result->error().kind, ErrorKind::PermissionDenied);
    }
    EXPECT_TRUE(accepted.error().message.contains(QStringLiteral("may not accept leads")))
        << accepted.error().message.toStdString();
    EXPECT_TRUE(accepted.error().message.contains(QStringLiteral("an SDR, a sales manager or an admin")));
    EXPECT_EQ(leads.find(mql)->stage, Stage::Mql);
    EXPECT_EQ(leads.find(sal)->stage, Stage::Sal);
    EXPECT_EQ(auditSize(), before);
}

TEST_F(PermissionAuditTest, SdrAndAdmin_MayAcceptAndReject)
{
    const qint64 first = lead(Stage::Mql, team.sdr);
    const qint64 second = lead(Stage::Mql, team.sdr);
    EXPECT_TRUE(service.accept(first, team.sdr).ok());
    EXPECT_TRUE(
        service.reject(second, team.admin, QStringLiteral("no_authority"), QStringLiteral("Intern")).ok());
}

TEST_F(PermissionAuditTest, MarketingManager_MayStillLogAndHandOver)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    EXPECT_TRUE(
        service.logActivity(id, team.marketingManager, ActivityType::Email, QStringLiteral("sent"), {}).ok());
}

TEST_F(PermissionAuditTest, Sdr_MayNotDraftOrSignTheDefinition)
{
    AgreementService agreement(file.db(), clock);
    auto drafted = agreement.importDraft(DefinitionTeam::Sales, changed(40), team.sdr);
    ASSERT_FALSE(drafted.ok());
    EXPECT_EQ(drafted.error().kind, ErrorKind::PermissionDenied);
    auto marketing = agreement.importDraft(DefinitionTeam::Marketing, changed(40), team.marketingManager);
    auto sales = agreement.importDraft(DefinitionTeam::Sales, changed(40), team.salesManager);
    ASSERT_TRUE(marketing.ok() && sales.ok());
    auto proposal = agreement.propose(marketing->number, sales->number, std::nullopt, team.salesManager);
    ASSERT_TRUE(proposal.ok());
    auto signedBySdr = agreement.sign(proposal->number, team.sdr);
    ASSERT_FALSE(signedBySdr.ok());
    EXPECT_EQ(signedBySdr.error().kind, ErrorKind::PermissionDenied);
}

TEST_F(PermissionAuditTest, OnlyManagersReassign)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    RoutingService routing(file.db(), clock);
    for (qint64 actor : {team.sdr, team.marketingManager}) {
        auto refused = routing.reassign(id, team.otherSdr, actor);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::PermissionDenied);
    }
    EXPECT_EQ(leads.find(id)->ownerId, team.sdr);
    ASSERT_TRUE(routing.reassign(id, team.otherSdr, team.salesManager).ok());
    EXPECT_EQ(leads.find(id)->ownerId, team.otherSdr);
}

TEST_F(PermissionAuditTest, Accept_RecordsWhoWhenAndTheStateBeforeAndAfter)
{
    const qint64 id = lead(Stage::Mql);
    const qint64 version = leads.find(id)->version;
    ASSERT_TRUE(service.accept(id, team.otherSdr).ok());
    const auto entries = entriesOf(id);
    ASSERT_EQ(entries.size(), 1u);
    const AuditEntry &entry = entries.front();
    EXPECT_EQ(entry.at, test::referenceTime());
    EXPECT_EQ(entry.userId, team.otherSdr);
    EXPECT_EQ(entry.userName, QStringLiteral("Olive Chen"));
    EXPECT_EQ(entry.action, QStringLiteral("accept"));
    EXPECT_TRUE(entry.summary.startsWith(QStringLiteral("Accepted lead %1").arg(id)))
        << entry.summary.toStdString();
    EXPECT_FALSE(entry.origin.isEmpty());
    EXPECT_EQ(entry.before.value(QStringLiteral("stage")).toString(), QStringLiteral("mql"));
    EXPECT_TRUE(entry.before.value(QStringLiteral("ownerId")).isNull());
    EXPECT_EQ(entry.before.value(QStringLiteral("version")).toInteger(), version);
    EXPECT_EQ(entry.after.value(QStringLiteral("stage")).toString(), QStringLiteral("sal"));
    EXPECT_EQ(entry.after.value(QStringLiteral("ownerId")).toInteger(), team.otherSdr);
    EXPECT_EQ(entry.after.value(QStringLiteral("version")).toInteger(), leads.find(id)->version);
}

TEST_F(PermissionAuditTest, Reject_RecordsTheReasonAndNote)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.reject(id, team.sdr, QStringLiteral("no_authority"), QStringLiteral("Intern")).ok());
    const auto entries = entriesOf(id);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].action, QStringLiteral("rejected"));
    EXPECT_EQ(entries[0].after.value(QStringLiteral("reason")).toString(), QStringLiteral("no_authority"));
    EXPECT_EQ(entries[0].after.value(QStringLiteral("note")).toString(), QStringLiteral("Intern"));
    EXPECT_EQ(entries[0].after.value(QStringLiteral("stage")).toString(), QStringLiteral("rejected"));
}

TEST_F(PermissionAuditTest, AFailedChange_LeavesNoAuditEntry)
{
    const qint64 id = lead(Stage::Sal, team.sdr);
    ASSERT_FALSE(service.accept(id, team.sdr).ok());
    EXPECT_TRUE(entriesOf(id).empty());
}

TEST_F(PermissionAuditTest, LeadEntries_NewestFirstAndPagedByOlderThan)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("no_answer"), {}).ok());
    ASSERT_TRUE(service.accept(id, team.sdr).ok());
    const auto entries = entriesOf(id);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, QStringLiteral("accept"));
    EXPECT_EQ(entries[1].action, QStringLiteral("log"));
    AuditQuery older;
    older.olderThan = entries[0].id;
    older.limit = 1;
    const auto page = *audit.list(older);
    ASSERT_EQ(page.size(), 1u);
    EXPECT_EQ(page[0].id, entries[1].id);
}

TEST_F(PermissionAuditTest, DefinitionSignatures_RecordedWithTheStatusBeforeAndAfter)
{
    AgreementService agreement(file.db(), clock);
    auto marketing = agreement.importDraft(DefinitionTeam::Marketing, changed(40), team.marketingManager);
    auto sales = agreement.importDraft(DefinitionTeam::Sales, changed(40), team.salesManager);
    auto proposal = agreement.propose(marketing->number, sales->number, std::nullopt, team.salesManager);
    ASSERT_TRUE(agreement.sign(proposal->number, team.salesManager).ok());
    ASSERT_TRUE(agreement.sign(proposal->number, team.marketingManager).ok());
    AuditQuery query;
    query.subject = QStringLiteral("definition");
    const auto entries = *audit.list(query);
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[0].action, QStringLiteral("sign"));
    EXPECT_EQ(entries[0].before.value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
    EXPECT_EQ(entries[0].after.value(QStringLiteral("status")).toString(), QStringLiteral("effective"));
    EXPECT_TRUE(entries[0].summary.contains(QStringLiteral("now in effect")));
    EXPECT_EQ(entries[4].action, QStringLiteral("draft"));
    EXPECT_TRUE(entries[4].summary.contains(QStringLiteral("mqlRule"))) << entries[4].summary.toStdString();
    EXPECT_TRUE(entries[4].after.contains(QStringLiteral("mqlRule")));
    EXPECT_FALSE(entries[4].after.contains(QStringLiteral("fitRules")));
}

TEST_F(PermissionAuditTest, AddingAUser_Recorded)
{
    User user{0, QStringLiteral("maya.patel"), QStringLiteral("Maya Patel"), Role::Sdr, {}};
    auto id = UserService(file.db(), clock).add(user);
    ASSERT_TRUE(id.ok());
    AuditQuery query;
    query.subject = QStringLiteral("user");
    query.subjectId = *id;
    const auto entries = *audit.list(query);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].after.value(QStringLiteral("login")).toString(), QStringLiteral("maya.patel"));
    EXPECT_FALSE(entries[0].userId.has_value());
}

TEST_F(PermissionAuditTest, TheLog_IsAppendOnly)
{
    const qint64 id = lead(Stage::Mql, team.sdr);
    ASSERT_TRUE(service.accept(id, team.sdr).ok());
    EXPECT_FALSE(file.db().exec("UPDATE audit_log SET summary = 'x'").ok());
    EXPECT_FALSE(file.db().exec("DELETE FROM audit_log").ok());
    EXPECT_EQ(entriesOf(id).size(), 1u);
}
