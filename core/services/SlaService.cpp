#include "services/SlaService.h"

#include "services/RoutingService.h"
#include "services/RoutingSession.h"
#include "storage/AuditRepository.h"
#include "storage/LeadRepository.h"
#include "storage/SlaRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace baton {
namespace {

QString timeText(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

/// The sales manager of a person's team; any sales manager when their team has none.
std::optional<qint64> managerOf(const std::vector<User> &users, std::optional<qint64> ownerId)
{
    QString team;
    for (const User &user : users) {
        if (ownerId && user.id == *ownerId)
            team = user.team;
    }
    std::optional<qint64> any;
    for (const User &user : users) {
        if (user.role != Role::SalesManager)
            continue;
        if (!team.isEmpty() && user.team == team)
            return user.id;
        if (!any)
            any = user.id;
    }
    return any;
}

} // namespace

Result<std::vector<EscalationStep>> SlaService::check(const QDateTime &at)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto session = RoutingSession::open(m_db, at);
    if (!session)
        return session.error();
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    int maxWarn = EscalationPolicy{}.warnBeforeMinutes;
    for (const TeamSettings &team : (*session)->config().teams)
        maxWarn = std::max(maxWarn, team.escalation.warnBeforeMinutes);

    SlaRepository clocks(m_db);
    LeadRepository leads(m_db);
    auto running = clocks.runningDueBetween(at.addDays(-lookBackDays), at.addSecs(qint64{maxWarn} * 60));
    if (!running)
        return running.error();
    std::vector<EscalationStep> taken;
    bool routed = false;
    for (const SlaClock &clock : *running) {
        auto lead = leads.find(clock.leadId);
        if (!lead)
            return lead.error();
        if (lead->stage != Stage::Mql && lead->stage != Stage::Sal) {
            BATON_TRY(clocks.close(clock.leadId, at)); // it left the queue by a way that did not close it
            continue;
        }
        const EscalationPolicy policy =
            clock.ownerId ? (*session)->router().escalationOf(*clock.ownerId) : EscalationPolicy{};
        const QDateTime due = *clock.dueAt;
        const std::optional<qint64> manager = managerOf(*users, clock.ownerId);
        const QString who =
            lead->person.name.isEmpty() ? QStringLiteral("lead %1").arg(lead->id) : lead->person.name;

        EscalationStep step;
        step.handoffId = clock.handoffId;
        step.leadId = clock.leadId;
        step.at = at;
        step.ownerId = clock.ownerId;
        const auto take = [&](EscalationStep next) -> Result<void> {
            auto inserted = clocks.insertStep(next);
            if (!inserted)
                return inserted.error();
            if (*inserted)
                taken.push_back(std::move(next));
            return {};
        };
        // A warning is for before the due time: a check that runs after it goes straight to the breach.
        if (clock.ownerId && at < due && at >= due.addSecs(-qint64{policy.warnBeforeMinutes} * 60)) {
            step.kind = EscalationStep::Kind::Warn;
            step.detail = QStringLiteral("%1 (%2 tier) is due at %3 and nobody has contacted them yet.")
                              .arg(who, clock.tier, timeText(due));
            BATON_TRY(take(step));
        }
        if (at < due)
            continue;
        step.kind = EscalationStep::Kind::Breach;
        step.managerId = manager;
        step.detail = QStringLiteral("No meaningful contact with %1 by %2: the %3 tier's %4 business minutes "
                                     "have passed.")
                          .arg(who, timeText(due), clock.tier)
                          .arg(clock.windowMinutes);
        BATON_TRY(take(step));
        if (policy.reassignAfterMinutes <= 0 || at < due.addSecs(qint64{policy.reassignAfterMinutes} * 60))
            continue;
        auto already = clocks.stepsFor(clock.leadId);
        if (!already)
            return already.error();
        if (std::any_of(already->begin(), already->end(), [&](const EscalationStep &s) {
                return s.handoffId == clock.handoffId && s.kind == EscalationStep::Kind::Reassign;
            }))
            continue;
        RoutingSession::Request request;
        request.kind = RoutingRecord::Kind::Escalation;
        request.handoffId = clock.handoffId;
        request.excludeUserId = clock.ownerId;
        request.pool = policy.reassignPool;
        auto decision = (*session)->route(*lead, clock.tier, 0, request);
        if (!decision)
            return decision.error();
        routed = true;
        step.kind = EscalationStep::Kind::Reassign;
        step.newOwnerId = decision->assigneeId;
        step.detail = QStringLiteral("Still no contact with %1 %2 minutes after the due time. %3")
                          .arg(who)
                          .arg(policy.reassignAfterMinutes)
                          .arg(decision->reason);
        if (decision->assigneeId)
            BATON_TRY(clocks.assign(clock.handoffId, *decision->assigneeId, at));
        BATON_TRY(take(step));
    }
    if (routed)
        BATON_TRY((*session)->finish());
    if (!taken.empty()) {
        const auto count = [&](EscalationStep::Kind kind) {
            return static_cast<qint64>(std::count_if(
                taken.begin(), taken.end(), [&](const EscalationStep &s) { return s.kind == kind; }));
        };
        AuditEntry entry;
        entry.at = at;
        entry.subject = QStringLiteral("sla");
        entry.action = QStringLiteral("escalate");
        entry.summary = QStringLiteral("Took %1 escalation steps: %2 warnings, %3 breaches, %4 reassignments")
                            .arg(taken.size())
                            .arg(count(EscalationStep::Kind::Warn))
                            .arg(count(EscalationStep::Kind::Breach))
                            .arg(count(EscalationStep::Kind::Reassign));
        QJsonArray leadsTouched;
        for (const EscalationStep &step : taken)
            leadsTouched.append(step.leadId);
        entry.after = QJsonObject{{QStringLiteral("warnings"), count(EscalationStep::Kind::Warn)},
                                  {QStringLiteral("breaches"), count(EscalationStep::Kind::Breach)},
                                  {QStringLiteral("reassignments"), count(EscalationStep::Kind::Reassign)},
                                  {QStringLiteral("leads"), leadsTouched}};
        BATON_TRY(AuditRepository(m_db).record(entry));
    }
    BATON_TRY(transaction->commit());
    return taken;
}

Result<std::optional<SlaClock>> SlaService::clockFor(qint64 leadId)
{
    return SlaRepository(m_db).latestFor(leadId);
}

Result<std::vector<EscalationStep>> SlaService::stepsFor(qint64 leadId)
{
    return SlaRepository(m_db).stepsFor(leadId);
}

Result<std::vector<SlaService::Alert>> SlaService::alertsFor(qint64 userId, const QDateTime &at)
{
    // Only the person's team's warning time: the timer asks this often, so no routing state is read.
    auto user = UserRepository(m_db).find(userId);
    if (!user)
        return user.error();
    auto routing = RoutingService(m_db, m_clock).load();
    if (!routing)
        return routing.error();
    const TeamSettings *team = routing->config.team(user->team);
    const EscalationPolicy policy = team != nullptr ? team->escalation : EscalationPolicy{};
    auto running =
        SlaRepository(m_db).runningForOwnerDueBy(userId, at.addSecs(qint64{policy.warnBeforeMinutes} * 60));
    if (!running)
        return running.error();
    std::vector<Alert> alerts;
    for (const SlaClock &clock : *running)
        alerts.push_back(Alert{clock, clock.stateAt(at, policy.warnBeforeMinutes)});
    return alerts;
}

Result<std::vector<EscalationStep>> SlaService::stepsForPerson(qint64 userId, const QDateTime &since)
{
    return SlaRepository(m_db).stepsForPerson(userId, since);
}

Result<qint64> SlaService::dueWithin(const QDateTime &at, int seconds)
{
    return SlaRepository(m_db).countRunningDueBetween(at, at.addSecs(seconds));
}

} // namespace baton
