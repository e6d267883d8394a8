#include "services/LeadService.h"

#include "agreement/HandoffJudge.h"
#include "agreement/MeaningfulContact.h"
#include "agreement/QualificationGate.h"
#include "domain/Lifecycle.h"
#include "services/AgreementService.h"
#include "services/HandoffDispatch.h"
#include "services/HandoffRecorder.h"
#include "services/LeadAudit.h"
#include "services/RoleGate.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/ReasonRepository.h"
#include "storage/SlaRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <algorithm>

namespace baton {
namespace {

/// What was last done to the lead and by whom ("Sally Brooks moved it from mql to sal"), from its
/// latest stage change or activity; empty when it has neither.
QString latestChange(LeadRepository &leads, qint64 leadId)
{
    auto history = leads.history(leadId);
    auto activities = leads.activities(leadId);
    const StageChange *change = nullptr;
    if (history) {
        for (const StageChange &step : *history) {
            if (change == nullptr || step.changedAt >= change->changedAt)
                change = &step;
        }
    }
    const Activity *activity = nullptr;
    if (activities) {
        for (const Activity &logged : *activities) {
            if (activity == nullptr || logged.occurredAt >= activity->occurredAt)
                activity = &logged;
        }
    }
    const auto who = [](const QString &name) {
        return name.isEmpty() ? QStringLiteral("Baton") : name;
    };
    if (activity != nullptr && (change == nullptr || activity->occurredAt > change->changedAt)) {
        return QStringLiteral("%1 logged a %2 (%3)")
            .arg(who(activity->userName), activityTypeName(activity->type), activity->outcome);
    }
    if (change == nullptr)
        return {};
    if (!change->from)
        return QStringLiteral("%1 created it").arg(who(change->userName));
    return QStringLiteral("%1 moved it from %2 to %3")
        .arg(who(change->userName), stageName(*change->from), stageName(change->to));
}

Result<Lead> loadLead(LeadRepository &leads, qint64 leadId, LeadService::ExpectedVersion expected)
{
    auto lead = leads.find(leadId);
    if (!lead)
        return lead.error();
    if (expected && lead->version != *expected) {
        const QString latest = latestChange(leads, leadId);
        return makeError(
            ErrorKind::Conflict,
            QStringLiteral("Lead %1 was changed by someone else after you opened it%2. Nothing "
                           "of yours was saved; look at the lead again and redo the change "
                           "if it still applies.")
                .arg(leadId)
                .arg(latest.isEmpty() ? QString() : QStringLiteral(" (latest: %1)").arg(latest)));
    }
    return lead;
}

/// Whether the lead had a contact the agreement counts as meaningful since it was handed over.
Result<bool> contactedSinceHandoff(Database &db, const Clock &clock, LeadRepository &leads, const Lead &lead)
{
    auto effective = AgreementService(db, clock).effective();
    if (!effective)
        return effective.error();
    auto activities = leads.activities(lead.id);
    if (!activities)
        return activities.error();
    return std::any_of(activities->begin(), activities->end(), [&](const Activity &activity) {
        return (!lead.handoffAt || activity.occurredAt >= *lead.handoffAt) &&
               isMeaningfulContact(effective->definition.meaningfulContacts, activity.type, activity.outcome);
    });
}

/// Records the change in the audit log, with the lead as it now is.
Result<void> audit(Database &db, LeadRepository &leads, const QDateTime &at, const Lead &before,
                   std::optional<qint64> actorId, const QString &action, const QString &summary,
                   const QJsonObject &details = {})
{
    auto after = leads.find(before.id);
    if (!after)
        return after.error();
    return LeadAudit::record(db, at, before, *after, actorId, action, summary, details);
}

QJsonObject reasonDetails(const Reason &reason, const QString &note)
{
    QJsonObject details{{QStringLiteral("reason"), reason.code}};
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    return details;
}

} // namespace

Result<User> LeadService::actor(qint64 actorId)
{
    return UserRepository(m_db).find(actorId);
}

Result<void> LeadService::accept(qint64 leadId, qint64 actorId, ExpectedVersion expected)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto user = actor(actorId);
    if (!user)
        return user.error();
    BATON_TRY(RoleGate::require(*user, RoleGate::leadDecisions, QStringLiteral("accept leads")));
    LeadRepository leads(m_db);
    auto lead = loadLead(leads, leadId, expected);
    if (!lead)
        return lead.error();
    BATON_TRY(Lifecycle::check(lead->stage, Stage::Sal, {}));

    StageChange change;
    change.leadId = leadId;
    change.from = lead->stage;
    change.to = Stage::Sal;
    change.changedAt = m_clock.now();
    change.userId = actorId;
    auto contacted = contactedSinceHandoff(m_db, m_clock, leads, *lead);
    if (!contacted)
        return contacted.error();
    change.withoutContact = !*contacted;
    const std::optional<qint64> owner = lead->ownerId ? std::nullopt : std::optional<qint64>(actorId);
    BATON_TRY(leads.applyStageChange(change, lead->version, owner));
    BATON_TRY(audit(m_db, leads, change.changedAt, *lead, actorId, QStringLiteral("accept"),
                    QStringLiteral("Accepted %1").arg(LeadAudit::label(*lead))));
    return transaction->commit();
}

Result<void> LeadService::exitWithReason(qint64 leadId, qint64 actorId, Stage to, const QString &reasonCode,
                                         const QString &note, std::optional<QDate> revisitOn,
                                         ExpectedVersion expected)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto user = actor(actorId);
    if (!user)
        return user.error();
    if (to == Stage::Rejected || to == Stage::Disqualified) {
        BATON_TRY(RoleGate::require(*user, RoleGate::leadDecisions,
                                    to == Stage::Rejected ? QStringLiteral("reject leads")
                                                          : QStringLiteral("disqualify leads")));
    }
    LeadRepository leads(m_db);
    auto lead = loadLead(leads, leadId, expected);
    if (!lead)
        return lead.error();
    BATON_TRY(Lifecycle::check(lead->stage, to, reasonCode));
    auto reason = ReasonRepository(m_db).find(to, reasonCode.trimmed());
    if (!reason)
        return reason.error();
    if (reason->noteRequired && note.trimmed().isEmpty()) {
        return makeError(
            ErrorKind::ReasonRequired,
            QStringLiteral("The reason \"%1\" needs a note that says what happened.").arg(reason->label));
    }

    StageChange change;
    change.leadId = leadId;
    change.from = lead->stage;
    change.to = to;
    change.changedAt = m_clock.now();
    change.userId = actorId;
    change.reasonCode = reason->code;
    change.note = note.trimmed();
    if (to == Stage::Disqualified) {
        auto contacted = contactedSinceHandoff(m_db, m_clock, leads, *lead);
        if (!contacted)
            return contacted.error();
        change.withoutContact = !*contacted;
    }
    BATON_TRY(leads.applyStageChange(change, lead->version, std::nullopt, std::nullopt, revisitOn));
    // Out of the queue: a clock still running has missed its response.
    BATON_TRY(SlaRepository(m_db).close(leadId, change.changedAt));
    const QString verb = to == Stage::Rejected       ? QStringLiteral("Rejected")
                         : to == Stage::Disqualified ? QStringLiteral("Disqualified")
                                                     : QStringLiteral("Recycled");
    BATON_TRY(audit(m_db, leads, change.changedAt, *lead, actorId, stageName(to),
                    QStringLiteral("%1 %2: %3").arg(verb, LeadAudit::label(*lead), reason->label),
                    reasonDetails(*reason, change.note)));
    return transaction->commit();
}

Result<void> LeadService::reject(qint64 leadId, qint64 actorId, const QString &reasonCode,
                                 const QString &note, ExpectedVersion expected)
{
    return exitWithReason(leadId, actorId, Stage::Rejected, reasonCode, note, std::nullopt, expected);
}

Result<void> LeadService::disqualify(qint64 leadId, qint64 actorId, const QString &reasonCode,
                                     const QString &note, ExpectedVersion expected)
{
    return exitWithReason(leadId, actorId, Stage::Disqualified, reasonCode, note, std::nullopt, expected);
}

Result<void> LeadService::recycle(qint64 leadId, qint64 actorId, const QString &reasonCode,
                                  const QString &note, QDate revisitOn, ExpectedVersion expected)
{
    if (!revisitOn.isValid()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Recycling a lead needs the date to revisit it."));
    }
    return exitWithReason(leadId, actorId, Stage::Recycled, reasonCode, note, revisitOn, expected);
}

Result<void> LeadService::convert(qint64 leadId, qint64 actorId, const Conversion &conversion,
                                  ExpectedVersion expected)
{
    if (conversion.valueCents < 0) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("An opportunity's value cannot be negative."));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto user = actor(actorId);
    if (!user)
        return user.error();
    BATON_TRY(RoleGate::require(*user, RoleGate::leadDecisions,
                                QStringLiteral("convert leads into opportunities")));
    LeadRepository leads(m_db);
    auto lead = loadLead(leads, leadId, expected);
    if (!lead)
        return lead.error();
    BATON_TRY(Lifecycle::check(lead->stage, Stage::Sql, {}));
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    BATON_TRY(QualificationGate::check(effective->definition.checklist, conversion.answers));

    const QDateTime now = m_clock.now();
    StageChange change;
    change.leadId = leadId;
    change.from = lead->stage;
    change.to = Stage::Sql;
    change.changedAt = now;
    change.userId = actorId;
    change.note = conversion.note.trimmed();
    auto contacted = contactedSinceHandoff(m_db, m_clock, leads, *lead);
    if (!contacted)
        return contacted.error();
    change.withoutContact = !*contacted;
    BATON_TRY(leads.applyStageChange(change, lead->version));
    BATON_TRY(leads.insertOpportunity(
        Opportunity{leadId, conversion.valueCents, conversion.note.trimmed(), now, actorId}));
    OpportunityRepository opportunities(m_db);
    BATON_TRY(
        opportunities.saveAnswers(leadId, effective->definition.checklist, conversion.answers, now, actorId));
    if (conversion.expectedClose.isValid())
        BATON_TRY(opportunities.setExpectedClose(leadId, conversion.expectedClose));
    BATON_TRY(SlaRepository(m_db).close(leadId, now));
    QJsonObject details{{QStringLiteral("valueCents"), conversion.valueCents}};
    if (!change.note.isEmpty())
        details.insert(QStringLiteral("note"), change.note);
    if (conversion.expectedClose.isValid())
        details.insert(QStringLiteral("expectedClose"), conversion.expectedClose.toString(Qt::ISODate));
    BATON_TRY(audit(m_db, leads, now, *lead, actorId, QStringLiteral("convert"),
                    QStringLiteral("Converted %1 into an opportunity").arg(LeadAudit::label(*lead)),
                    details));
    return transaction->commit();
}

Result<void> LeadService::closeOpportunity(qint64 leadId, qint64 actorId, bool won, const QString &reason,
                                           ExpectedVersion expected)
{
    if (!won && reason.trimmed().isEmpty()) {
        return makeError(ErrorKind::ReasonRequired,
                         QStringLiteral("A lost opportunity needs the reason it was lost."));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto user = actor(actorId);
    if (!user)
        return user.error();
    BATON_TRY(
        RoleGate::require(*user, RoleGate::leadDecisions, QStringLiteral("record an opportunity's outcome")));
    LeadRepository leads(m_db);
    auto lead = loadLead(leads, leadId, expected);
    if (!lead)
        return lead.error();
    if (lead->stage != Stage::Sql) {
        return makeError(
            ErrorKind::InvalidTransition,
            QStringLiteral("Only a qualified opportunity (sql) can be won or lost; lead %1 is %2.")
                .arg(leadId)
                .arg(stageName(lead->stage)));
    }
    const QDateTime now = m_clock.now();
    BATON_TRY(OpportunityRepository(m_db).close(leadId, won, reason, now, actorId));
    BATON_TRY(leads.touch(leadId, lead->version));
    QJsonObject details{{QStringLiteral("result"), won ? QStringLiteral("won") : QStringLiteral("lost")}};
    if (!reason.trimmed().isEmpty())
        details.insert(QStringLiteral("reason"), reason.trimmed());
    BATON_TRY(audit(m_db, leads, now, *lead, actorId, won ? QStringLiteral("won") : QStringLiteral("lost"),
                    QStringLiteral("Marked the opportunity of %1 %2")
                        .arg(LeadAudit::label(*lead), won ? QStringLiteral("won") : QStringLiteral("lost")),
                    details));
    return transaction->commit();
}

Result<void> LeadService::handOver(qint64 leadId, std::optional<qint64> ownerId,
                                   std::optional<qint64> actorId, ExpectedVersion expected)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (ownerId) {
        auto owner = actor(*ownerId);
        if (!owner)
            return owner.error();
    }
    LeadRepository leads(m_db);
    auto lead = loadLead(leads, leadId, expected);
    if (!lead)
        return lead.error();
    if (lead->stage != Stage::Nurture && lead->stage != Stage::Recycled) {
        return makeError(
            ErrorKind::InvalidTransition,
            QStringLiteral("Only a lead marketing holds (nurture or recycled) can be handed over; "
                           "lead %1 is %2.")
                .arg(leadId)
                .arg(stageName(lead->stage)));
    }

    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    auto events = leads.events(leadId);
    if (!events)
        return events.error();
    const Scorer scorer(effective->definition);
    const HandoffDecision decision = HandoffJudge(scorer).manual(*lead, *events, m_clock.now());
    HandoffDispatch dispatch(m_db, decision.at);
    auto plan = dispatch.plan(
        *lead, decision, HandoffDispatch::tierFor(effective->definition, decision.total(), *events), ownerId);
    if (!plan)
        return plan.error();
    auto handoff = HandoffRecorder(m_db).record(*lead, decision, effective->number, HandoffTrigger::Manual,
                                                plan->owner, actorId, plan->dueAt);
    if (!handoff)
        return handoff.error();
    BATON_TRY(dispatch.record(*lead, *handoff, *plan, actorId));
    BATON_TRY(dispatch.finish());
    BATON_TRY(audit(m_db, leads, decision.at, *lead, actorId, QStringLiteral("hand over"),
                    QStringLiteral("Handed %1 over to sales").arg(LeadAudit::label(*lead)),
                    QJsonObject{{QStringLiteral("handoffId"), handoff->id}}));
    return transaction->commit();
}

Result<qint64> LeadService::logActivity(qint64 leadId, qint64 actorId, ActivityType type,
                                        const QString &outcome, const QString &note, ExpectedVersion expected)
{
    const QStringList outcomes = activityOutcomes(type);
    if (!outcomes.contains(outcome)) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("\"%1\" is not an outcome of a %2. Use one of: %3.")
                             .arg(outcome, activityTypeName(type), outcomes.join(QStringLiteral(", "))));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto user = actor(actorId);
    if (!user)
        return user.error();
    LeadRepository leads(m_db);
    auto lead = loadLead(leads, leadId, expected);
    if (!lead)
        return lead.error();

    Activity activity;
    activity.leadId = leadId;
    activity.type = type;
    activity.outcome = outcome;
    activity.occurredAt = m_clock.now();
    activity.userId = actorId;
    activity.note = note.trimmed();
    auto id = leads.insertActivity(activity);
    if (!id)
        return id.error();
    BATON_TRY(leads.touch(leadId, lead->version));
    // Only what the agreement names as a meaningful contact stops the response clock.
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    if (isMeaningfulContact(effective->definition.meaningfulContacts, type, outcome)) {
        auto stopped = SlaRepository(m_db).stop(leadId, activity.occurredAt, *id);
        if (!stopped)
            return stopped.error();
        BATON_TRY(leads.clearMovedWithoutContact(leadId));
    }
    QJsonObject details{{QStringLiteral("activityId"), *id},
                        {QStringLiteral("type"), activityTypeName(type)},
                        {QStringLiteral("outcome"), outcome}};
    if (!activity.note.isEmpty())
        details.insert(QStringLiteral("note"), activity.note);
    BATON_TRY(audit(m_db, leads, activity.occurredAt, *lead, actorId, QStringLiteral("log"),
                    QStringLiteral("Logged a %1 (%2) on %3")
                        .arg(activityTypeName(type), outcome, LeadAudit::label(*lead)),
                    details));
    BATON_TRY(transaction->commit());
    return *id;
}

} // namespace baton
