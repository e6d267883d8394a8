#include "../HandoffFixture.h"
#include "services/EventService.h"
#include "services/LeadService.h"
#include "services/RoutingService.h"
#include "services/RoutingSession.h"
#include "services/SlaService.h"
#include "storage/RoutingRepository.h"

#include <QTimeZone>

namespace baton {
namespace {

/// Routing and the SLA clock of handed-over leads, on the small test team: Sam and Olive share
/// the pool "Sales" 1 : 1, in a New York calendar (Mon–Fri 09:00–17:00), warned 5 minutes before,
/// taken back 30 minutes after a breach. The built-in definition is in force: a demo request is
/// hot, 15 business minutes.
class HandoffRoutingTest : public test::HandoffFixture {
protected:
    HandoffRoutingTest()
    {
        TeamSettings na;
        na.team = QStringLiteral("North America");
        na.timeZone = QStringLiteral("America/New_York");
        na.escalation = EscalationPolicy{5, 30, {}};
        TeamSettings emea;
        emea.team = QStringLiteral("EMEA");
        emea.timeZone = QStringLiteral("America/New_York");
        emea.escalation = na.escalation;
        config.teams = {na, emea};
        config.pools = {RoutingPool{QStringLiteral("Sales"),
                                    {PoolMember{QStringLiteral("sam.sdr"), 1, {}, {}},
                                     PoolMember{QStringLiteral("olive.sdr"), 1, {}, {}}}}};
        config.fallbackPool = QStringLiteral("Sales");
        saveConfig();
    }

    void saveConfig()
    {
        auto current = routing.load();
        ASSERT_TRUE(current.ok());
        auto saved = routing.save(config, current->version, team.salesManager);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    /// A lead that asks for a demo at `at`: handed over at once, hot.
    qint64 demoRequest(const QDateTime &at, const QString &name = QStringLiteral("Dora Demo"))
    {
        const qint64 lead = nurtureLead(QStringLiteral("Software"), name);
        clock.set(at);
        EngagementEvent event;
        event.leadId = lead;
        event.type = EventType::DemoRequest;
        event.occurredAt = at;
        auto recorded = EventService(file.db(), clock).record(event);
        EXPECT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
        EXPECT_TRUE(recorded->handoff.has_value());
        return lead;
    }

    SlaClock clockOf(qint64 lead)
    {
        auto found = SlaService(file.db(), clock).clockFor(lead);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && *found ? **found : SlaClock{};
    }

    static QDateTime utc(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
    }

    RoutingConfig config;
    RoutingService routing{file.db(), clock};
};

TEST_F(HandoffRoutingTest, Handoff_RoutedAndClockDueInTheTeamsBusinessTime)
{
    // Tuesday 10 March 14:00 UTC is 10:00 in New York (daylight time since 8 March): due 10:15 EDT.
    const qint64 lead = demoRequest(utc(10, 14));
    const SlaClock sla = clockOf(lead);
    EXPECT_EQ(sla.tier, QStringLiteral("hot"));
    EXPECT_EQ(sla.windowMinutes, 15);
    EXPECT_EQ(sla.startedAt, utc(10, 14));
    EXPECT_EQ(sla.dueAt, utc(10, 14, 15));
    ASSERT_TRUE(sla.ownerId.has_value());
    EXPECT_EQ(leads.find(lead)->ownerId, sla.ownerId);
    EXPECT_EQ(sla.routingDelaySeconds(), 0);
    auto decisions = routing.explain(lead);
    ASSERT_TRUE(decisions.ok());
    ASSERT_EQ(decisions->size(), 1u);
    EXPECT_EQ(decisions->front().kind, RoutingRecord::Kind::Route);
    EXPECT_EQ(decisions->front().ruleName, QStringLiteral("fallback"));
    EXPECT_TRUE(decisions->front().reason.contains(QStringLiteral("pool “Sales”, round robin by weight")))
        << decisions->front().reason.toStdString();
}

TEST_F(HandoffRoutingTest, Handoff_BeforeOpening_ClockStartsCountingAtNineLocal)
{
    // 10:00 UTC is 06:00 in New York: the 15 minutes run from 09:00 EDT (13:00 UTC).
    const qint64 lead = demoRequest(utc(10, 10));
    EXPECT_EQ(clockOf(lead).dueAt, utc(10, 13, 15));
}

TEST_F(HandoffRoutingTest, Activity_OnlyAMeaningfulContactStopsTheClock)
{
    const qint64 lead = demoRequest(utc(10, 14));
    const qint64 owner = *clockOf(lead).ownerId;
    LeadService service(file.db(), clock);
    clock.set(utc(10, 14, 5));
    ASSERT_TRUE(service.logActivity(lead, owner, ActivityType::Call, QStringLiteral("voicemail"), {}).ok());
    ASSERT_TRUE(service.accept(lead, owner).ok()); // a stage changed by hand is no contact either
    EXPECT_TRUE(clockOf(lead).running());
    clock.set(utc(10, 14, 9));
    auto call = service.logActivity(lead, owner, ActivityType::Call, QStringLiteral("connected"), {});
    ASSERT_TRUE(call.ok());
    const SlaClock sla = clockOf(lead);
    EXPECT_FALSE(sla.running());
    EXPECT_EQ(sla.firstContactAt, utc(10, 14, 9));
    EXPECT_EQ(sla.firstContactId, *call);
    EXPECT_EQ(sla.ownerResponseSeconds(), 9 * 60);
    EXPECT_EQ(sla.stateAt(utc(10, 15), 5), SlaState::Met);
}

TEST_F(HandoffRoutingTest, Reject_WithoutContact_TheClockHasMissed)
{
    const qint64 lead = demoRequest(utc(10, 14));
    clock.set(utc(10, 14, 2));
    ASSERT_TRUE(LeadService(file.db(), clock)
                    .reject(lead, *clockOf(lead).ownerId, QStringLiteral("not_icp_fit"), {})
                    .ok());
    EXPECT_EQ(clockOf(lead).stateAt(utc(10, 14, 3), 5), SlaState::Missed);
}

TEST_F(HandoffRoutingTest, SlaCheck_EscalationStepsFireInOrderEachOnce)
{
    const qint64 lead = demoRequest(utc(10, 14)); // due 14:15 UTC
    const qint64 owner = *clockOf(lead).ownerId;
    SlaService sla(file.db(), clock);
    const auto kinds = [](const std::vector<EscalationStep> &steps) {
        std::vector<EscalationStep::Kind> result;
        for (const EscalationStep &step : steps)
            result.push_back(step.kind);
        return result;
    };
    EXPECT_TRUE(sla.check(utc(10, 14, 5))->empty());
    EXPECT_EQ(clockOf(lead).stateAt(utc(10, 14, 5), 5), SlaState::OnTrack);

    auto warned = sla.check(utc(10, 14, 11));
    ASSERT_TRUE(warned.ok());
    EXPECT_EQ(kinds(*warned), (std::vector{EscalationStep::Kind::Warn}));
    EXPECT_EQ(warned->front().ownerId, owner);
    EXPECT_EQ(clockOf(lead).stateAt(utc(10, 14, 11), 5), SlaState::DueSoon);

    auto breached = sla.check(utc(10, 14, 16));
    ASSERT_TRUE(breached.ok());
    EXPECT_EQ(kinds(*breached), (std::vector{EscalationStep::Kind::Breach}));
    EXPECT_EQ(breached->front().managerId, team.salesManager);
    EXPECT_EQ(clockOf(lead).stateAt(utc(10, 14, 16), 5), SlaState::Breached);
    EXPECT_TRUE(sla.check(utc(10, 14, 20))->empty()); // nothing twice

    auto reassigned = sla.check(utc(10, 14, 46));
    ASSERT_TRUE(reassigned.ok());
    ASSERT_EQ(kinds(*reassigned), (std::vector{EscalationStep::Kind::Reassign}));
    ASSERT_TRUE(reassigned->front().newOwnerId.has_value());
    EXPECT_NE(*reassigned->front().newOwnerId, owner);
    EXPECT_EQ(leads.find(lead)->ownerId, reassigned->front().newOwnerId);
    EXPECT_EQ(clockOf(lead).ownerId, reassigned->front().newOwnerId);

    auto recorded = sla.stepsFor(lead);
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(kinds(*recorded), (std::vector{EscalationStep::Kind::Warn, EscalationStep::Kind::Breach,
                                             EscalationStep::Kind::Reassign}));
    EXPECT_EQ((*recorded)[0].at, utc(10, 14, 11));
    EXPECT_EQ((*recorded)[1].at, utc(10, 14, 16));
    EXPECT_EQ((*recorded)[2].at, utc(10, 14, 46));
    auto decisions = routing.explain(lead);
    ASSERT_TRUE(decisions.ok());
    EXPECT_EQ(decisions->back().kind, RoutingRecord::Kind::Escalation);
}

TEST_F(HandoffRoutingTest, SlaCheck_LateRun_SkipsTheWarningAndTakesBreachThenReassign)
{
    const qint64 lead = demoRequest(utc(10, 14));
    auto steps = SlaService(file.db(), clock).check(utc(10, 16));
    ASSERT_TRUE(steps.ok());
    ASSERT_EQ(steps->size(), 2u);
    EXPECT_EQ((*steps)[0].kind, EscalationStep::Kind::Breach);
    EXPECT_EQ((*steps)[1].kind, EscalationStep::Kind::Reassign);
    EXPECT_EQ((*steps)[1].leadId, lead);
}

TEST_F(HandoffRoutingTest, Reassign_OnlyManagers_AndItIsRecorded)
{
    const qint64 lead = demoRequest(utc(10, 14));
    const qint64 owner = *clockOf(lead).ownerId;
    const qint64 other = owner == team.sdr ? team.otherSdr : team.sdr;
    auto refused = routing.reassign(lead, other, team.sdr);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::PermissionDenied);
    EXPECT_EQ(leads.find(lead)->ownerId, owner);

    ASSERT_TRUE(routing.reassign(lead, other, team.salesManager).ok());
    EXPECT_EQ(leads.find(lead)->ownerId, other);
    EXPECT_EQ(clockOf(lead).ownerId, other);
    auto decisions = routing.explain(lead);
    ASSERT_TRUE(decisions.ok());
    EXPECT_EQ(decisions->back().kind, RoutingRecord::Kind::Reassign);
    EXPECT_EQ(decisions->back().previousOwnerId, owner);
    EXPECT_EQ(decisions->back().decidedBy, team.salesManager);
    EXPECT_TRUE(decisions->back().reason.startsWith(QStringLiteral("Reassigned by hand by Sally Brooks")));
}

TEST_F(HandoffRoutingTest, Reassign_LeadChangedSinceRead_ConflictAndNothingChanges)
{
    const qint64 lead = demoRequest(utc(10, 14));
    const qint64 version = leads.find(lead)->version;
    const qint64 owner = *leads.find(lead)->ownerId;
    ASSERT_TRUE(LeadService(file.db(), clock).accept(lead, owner).ok());
    auto refused =
        routing.reassign(lead, owner == team.sdr ? team.otherSdr : team.sdr, team.salesManager, version);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(leads.find(lead)->ownerId, owner);
    EXPECT_EQ(routing.explain(lead)->size(), 1u);
}

TEST_F(HandoffRoutingTest, Handoff_CompanyAlreadyOwned_GoesToTheAccountOwner)
{
    RoutingRule accounts;
    accounts.name = QStringLiteral("Key accounts");
    accounts.action = RoutingAction{RoutingAction::Kind::AccountOwner, {}};
    config.rules = {accounts};
    saveConfig();
    const qint64 first = demoRequest(utc(10, 14), QStringLiteral("First Contact"));
    const qint64 owner = *leads.find(first)->ownerId;
    for (int i = 0; i < 4; ++i) {
        const qint64 next = demoRequest(utc(10, 14, i + 1), QStringLiteral("Colleague %1").arg(i));
        EXPECT_EQ(leads.find(next)->ownerId, owner);
        EXPECT_EQ(routing.explain(next)->front().ruleName, QStringLiteral("Key accounts"));
    }
}

TEST_F(HandoffRoutingTest, Reroute_ToTheSameOwner_RecordedWithoutChangingTheLead)
{
    const qint64 lead = demoRequest(utc(10, 14));
    const Lead before = *leads.find(lead);
    config.pools.push_back(RoutingPool{
        QStringLiteral("Only them"),
        {PoolMember{*before.ownerId == team.sdr ? QStringLiteral("sam.sdr") : QStringLiteral("olive.sdr"),
                    1,
                    {},
                    {}}}});
    saveConfig();
    auto session = RoutingSession::open(file.db(), utc(10, 15));
    ASSERT_TRUE(session.ok());
    RoutingSession::Request request;
    request.kind = RoutingRecord::Kind::Reroute;
    request.pool = QStringLiteral("Only them");
    auto decision = (*session)->route(before, QStringLiteral("hot"), 60, request);
    ASSERT_TRUE(decision.ok()) << decision.error().message.toStdString();
    EXPECT_EQ(decision->assigneeId, before.ownerId);
    EXPECT_EQ(leads.find(lead)->version, before.version);
    auto decisions = routing.explain(lead);
    ASSERT_EQ(decisions->size(), 2u);
    EXPECT_EQ(decisions->back().kind, RoutingRecord::Kind::Reroute);
}

TEST_F(HandoffRoutingTest, RoutePending_NobodyCouldTakeIt_RoutedWhenSomeoneCan)
{
    config.people = {
        PersonAvailability{
            QStringLiteral("sam.sdr"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 10)}}},
        PersonAvailability{
            QStringLiteral("olive.sdr"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 10)}}}};
    saveConfig();
    const qint64 lead = demoRequest(utc(10, 14));
    EXPECT_FALSE(leads.find(lead)->ownerId.has_value());
    EXPECT_FALSE(clockOf(lead).ownerId.has_value());

    clock.set(utc(11, 14));
    auto routed = routing.routePending();
    ASSERT_TRUE(routed.ok());
    ASSERT_EQ(routed->size(), 1u);
    EXPECT_TRUE(leads.find(lead)->ownerId.has_value());
    EXPECT_EQ(clockOf(lead).assignedAt, utc(11, 14));
    EXPECT_EQ(clockOf(lead).routingDelaySeconds(), 24 * 3600);
}

TEST_F(HandoffRoutingTest, RoutePending_FirstOwnerInAnotherCalendar_DueTimeKeptInTheirs)
{
    config.teams[1].timeZone = QStringLiteral("Asia/Singapore"); // Olive's team
    config.people = {
        PersonAvailability{
            QStringLiteral("sam.sdr"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 12)}}},
        PersonAvailability{
            QStringLiteral("olive.sdr"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 10)}}}};
    saveConfig();
    const qint64 lead = demoRequest(utc(10, 14));
    ASSERT_FALSE(clockOf(lead).ownerId.has_value());

    // 10:00 on 11 March in Singapore: Olive is back and takes it. Handed over at 22:00 her time,
    // the 15 minutes run from her next opening, 09:00 on the 11th (01:00 UTC).
    clock.set(utc(11, 2));
    auto routed = routing.routePending();
    ASSERT_TRUE(routed.ok());
    ASSERT_EQ(routed->size(), 1u);
    EXPECT_EQ(clockOf(lead).ownerId, team.otherSdr);
    EXPECT_EQ(clockOf(lead).dueAt, utc(11, 1, 15));
    EXPECT_EQ(*file.db().queryInt("SELECT sla_due_at FROM leads WHERE id = " + std::to_string(lead)),
              utc(11, 1, 15).toSecsSinceEpoch());
}

TEST_F(HandoffRoutingTest, RoutePending_StillNobody_NoSecondNobodyDecisionPerRun)
{
    config.people = {
        PersonAvailability{
            QStringLiteral("sam.sdr"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 31)}}},
        PersonAvailability{
            QStringLiteral("olive.sdr"), {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 31)}}}};
    saveConfig();
    const qint64 lead = demoRequest(utc(10, 14));
    for (int run = 0; run < 3; ++run) {
        clock.set(utc(10, 15 + run));
        ASSERT_TRUE(routing.routePending().ok());
    }
    EXPECT_EQ(routing.explain(lead)->size(), 1u);
}

TEST_F(HandoffRoutingTest, Save_UnknownPersonOrPool_RefusedNamingThePlaceAndNothingStored)
{
    config.pools[0].members.push_back(PoolMember{QStringLiteral("nobody.here"), 1, {}, {}});
    config.fallbackPool = QStringLiteral("Nowhere");
    auto current = routing.load();
    auto saved = routing.save(config, current->version, team.salesManager);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(
        saved.error().message.contains(QStringLiteral("pools (“Sales”): there is no user nobody.here")))
        << saved.error().message.toStdString();
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("fallbackPool: there is no pool “Nowhere”")));
    EXPECT_EQ(routing.load()->version, current->version);
}

TEST_F(HandoffRoutingTest, Save_BySdr_RefusedAndStaleVersion_Conflict)
{
    auto current = routing.load();
    auto bySdr = routing.save(config, current->version, team.sdr);
    ASSERT_FALSE(bySdr.ok());
    EXPECT_EQ(bySdr.error().kind, ErrorKind::PermissionDenied);
    auto stale = routing.save(config, current->version - 1, team.salesManager);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
}

TEST_F(HandoffRoutingTest, Trial_ShowsTheDecisionWithoutStoringIt)
{
    Lead sample;
    sample.person.email = QStringLiteral("sample@somewhere.test");
    sample.company.region = QStringLiteral("NA");
    clock.set(utc(10, 14));
    auto decision = routing.trial(config, sample, QStringLiteral("hot"), 90);
    ASSERT_TRUE(decision.ok());
    EXPECT_TRUE(decision->assigneeId.has_value());
    EXPECT_EQ(count("SELECT count(*) FROM routing_decisions"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM routing_credits"), 0);
}

} // namespace
} // namespace baton
