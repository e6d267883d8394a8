#pragma once

#include "agreement/Definition.h"
#include "common/FixedClock.h"
#include "services/AgreementService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "support/ScoringDefinition.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <gtest/gtest.h>

namespace baton::test {

/// A test file with the small team, a clock at referenceTime() and helpers to make a definition
/// effective and to build leads with their events and stage history by hand.
class HandoffFixture : public ::testing::Test {
protected:
    HandoffFixture()
        : team(addTeam(file.db()))
        , clock(referenceTime())
        , leads(file.db())
    {}

    static Definition handoffDefinition(int minEngagement = 30) { return scoringDefinition(minEngagement); }

    /// Both drafts, the proposal and both signatures: the definition is effective. Its number.
    int makeEffective(const Definition &definition)
    {
        AgreementService agreement(file.db(), clock);
        auto marketing = agreement.importDraft(DefinitionTeam::Marketing, definition, team.marketingManager);
        auto sales = agreement.importDraft(DefinitionTeam::Sales, definition, team.salesManager);
        EXPECT_TRUE(marketing.ok() && sales.ok());
        auto proposal = agreement.propose(marketing->number, sales->number, std::nullopt, team.salesManager);
        EXPECT_TRUE(proposal.ok()) << proposal.error().message.toStdString();
        EXPECT_TRUE(agreement.sign(proposal->number, team.marketingManager).ok());
        auto signedBoth = agreement.sign(proposal->number, team.salesManager);
        EXPECT_TRUE(signedBoth.ok());
        EXPECT_EQ(signedBoth->status, VersionStatus::Effective);
        return proposal->number;
    }

    /// A nurture lead created 30 days ago, in the given industry.
    qint64 nurtureLead(const QString &industry, const QString &name = QStringLiteral("Nina Nurture"))
    {
        Lead lead;
        lead.person = Person{name, name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + "@x.test",
                             QStringLiteral("+1 555 0100"), QStringLiteral("VP Sales"), QStringLiteral("vp")};
        lead.company = Company{QStringLiteral("Acme"), QStringLiteral("acme.test"), industry, 300, 50'000'000,
                               QStringLiteral("US"),   QStringLiteral("NA")};
        lead.createdAt = referenceTime().addDays(-30);
        auto id = leads.insert(lead);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    qint64 event(qint64 leadId, EventType type, const QDateTime &at, const QString &detail = {})
    {
        EngagementEvent e;
        e.leadId = leadId;
        e.type = type;
        e.occurredAt = at;
        e.detail = detail;
        auto id = leads.insertEvent(e);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    /// Moves the lead on, as someone did at `at`.
    void move(qint64 leadId, Stage to, const QDateTime &at, const QString &reason = {})
    {
        auto lead = leads.find(leadId);
        ASSERT_TRUE(lead.ok());
        StageChange change;
        change.leadId = leadId;
        change.from = lead->stage;
        change.to = to;
        change.changedAt = at;
        change.userId = to == Stage::Mql ? std::nullopt : std::optional<qint64>(team.sdr);
        change.reasonCode = reason;
        auto applied = leads.applyStageChange(
            change, lead->version, to == Stage::Mql ? std::optional<qint64>(team.sdr) : std::nullopt,
            to == Stage::Mql ? std::optional<QDateTime>(at) : std::nullopt,
            to == Stage::Recycled ? std::optional<QDate>(at.date().addDays(30)) : std::nullopt);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    Stage stageOf(qint64 leadId) { return leads.find(leadId)->stage; }
    qint64 count(const std::string &sql) { return *file.db().queryInt(sql); }

    TestFile file;
    Team team;
    FixedClock clock;
    LeadRepository leads;
};

} // namespace baton::test
