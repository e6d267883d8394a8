#include "services/RoutingService.h"

#include "routing/RoutingConfigJson.h"
#include "services/AuditDiff.h"
#include "services/LeadAudit.h"
#include "services/RoutingSession.h"
#include "storage/AuditRepository.h"
#include "storage/HandoffRepository.h"
#include "storage/LargeWriteCache.h"
#include "storage/LeadRepository.h"
#include "storage/SlaRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace baton {
namespace {

/// The lead's tier and score at its latest handoff, as routing saw them.
struct AtHandoff {
    std::optional<qint64> handoffId;
    QString tier;
    int total = 0;
};

Result<AtHandoff> atHandoff(Database &db, qint64 leadId)
{
    AtHandoff found;
    auto handoff = HandoffRepository(db).latest(leadId);
    if (!handoff)
        return handoff.error();
    if (*handoff) {
        found.handoffId = (*handoff)->id;
        found.total = (*handoff)->total();
    }
    auto clock = SlaRepository(db).latestFor(leadId);
    if (!clock)
        return clock.error();
    if (*clock)
        found.tier = (*clock)->tier;
    return found;
}

/// An open lead someone is about to give another owner, with its latest handoff's tier and score.
struct OpenLead {
    Lead lead;
    AtHandoff handoff;
};

Result<OpenLead> openLead(Database &db, qint64 leadId, const QString &verb)
{
    auto lead = LeadRepository(db).find(leadId);
    if (!lead)
        return lead.error();
    if (lead->stage != Stage::Mql && lead->stage != Stage::Sal) {
        return makeError(ErrorKind::InvalidTransition,
                         QStringLiteral("Lead %1 is %2: only open leads (mql or sal) are %3.")
                             .arg(leadId)
                             .arg(stageName(lead->stage), verb));
    }
    auto handoff = atHandoff(db, leadId);
    if (!handoff)
        return handoff.error();
    return OpenLead{std::move(lead).value(), *handoff};
}

} // namespace

Result<void> RoutingService::requireManager(qint64 actorId, const QString &what)
{
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role != Role::SalesManager && actor->role != Role::Admin) {
        return makeError(ErrorKind::PermissionDenied,
                         QStringLiteral("%1 (%2) may not %3: only a sales manager or an admin may.")
                             .arg(actor->name, roleLabel(actor->role), what));
    }
    return {};
}

Result<RoutingService::Loaded> RoutingService::load()
{
    auto stored = RoutingRepository(m_db).config();
    if (!stored)
        return stored.error();
    Loaded loaded;
    if (*stored) {
        auto parsed =
            RoutingConfigJson::fromJson((*stored)->body, QStringLiteral("the stored routing configuration"));
        if (!parsed)
            return parsed.error();
        loaded.config = std::move(parsed).value();
        loaded.version = (*stored)->version;
    }
    return loaded;
}

Result<std::vector<QString>> RoutingService::problems(const RoutingConfig &config)
{
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    QSet<QString> logins;
    QSet<QString> teams;
    for (const User &user : *users) {
        logins.insert(user.login.toLower());
        if (!user.team.isEmpty())
            teams.insert(user.team.toLower());
    }
    QSet<QString> pools;
    for (const RoutingPool &pool : config.pools)
        pools.insert(pool.name.toLower());
    std::vector<QString> problems;
    const auto person = [&](const QString &login, const QString &place) {
        if (!logins.contains(login.toLower()))
            problems.push_back(
                QStringLiteral("%1: there is no user %2; add them with `batonctl user add` first")
                    .arg(place, login));
    };
    const auto pool = [&](const QString &name, const QString &place) {
        if (!name.isEmpty() && !pools.contains(name.toLower()))
            problems.push_back(QStringLiteral("%1: there is no pool “%2”").arg(place, name));
    };
    for (const TeamSettings &team : config.teams) {
        if (!teams.contains(team.team.toLower()))
            problems.push_back(QStringLiteral("teams (“%1”): nobody is in that team").arg(team.team));
        pool(team.escalation.reassignPool, QStringLiteral("teams (“%1”): escalation").arg(team.team));
    }
    for (const PersonAvailability &availability : config.people)
        person(availability.login, QStringLiteral("people (“%1”)").arg(availability.login));
    for (const RoutingPool &routingPool : config.pools) {
        for (const PoolMember &member : routingPool.members)
            person(member.login, QStringLiteral("pools (“%1”)").arg(routingPool.name));
    }
    for (const RoutingRule &rule : config.rules) {
        const QString place = QStringLiteral("rules (“%1”)").arg(rule.name);
        if (rule.action.kind == RoutingAction::Kind::Person)
            person(rule.action.target, place);
        else if (rule.action.kind == RoutingAction::Kind::Pool)
            pool(rule.action.target, place);
    }
    pool(config.fallbackPool, QStringLiteral("fallbackPool"));
    for (const AccountOwner &account : config.accounts)
        person(account.login, QStringLiteral("accounts (“%1”)").arg(account.domain));
    return problems;
}

Result<qint64> RoutingService::save(const RoutingConfig &config, qint64 expectedVersion, qint64 actorId)
{
    BATON_TRY(requireManager(actorId, QStringLiteral("change routing")));
    auto found = problems(config);
    if (!found)
        return found.error();
    if (!found->empty()) {
        QStringList lines;
        for (const QString &problem : *found)
            lines << problem;
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("The routing configuration was not saved: %1.")
                             .arg(lines.join(QStringLiteral("; "))));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto previous = load();
    if (!previous)
        return previous.error();
    const QDateTime now = m_clock.now();
    const QByteArray body = RoutingConfigJson::toJson(config);
    auto version = RoutingRepository(m_db).saveConfig(body, expectedVersion, now, actorId);
    if (!version)
        return version.error();
    const AuditDiff diff(QJsonDocument::fromJson(RoutingConfigJson::toJson(previous->config)).object(),
                         QJsonDocument::fromJson(body).object(), {QStringLiteral("accounts")});
    AuditEntry entry;
    entry.at = now;
    entry.userId = actorId;
    entry.subject = QStringLiteral("routing");
    entry.subjectId = *version;
    entry.action = QStringLiteral("save");
    entry.summary = diff.sections().isEmpty()
                        ? QStringLiteral("Saved routing version %1, unchanged").arg(*version)
                        : QStringLiteral("Saved routing version %1, changing %2")
                              .arg(*version)
                              .arg(diff.sections().join(QStringLiteral(", ")));
    entry.before = diff.before();
    entry.after = diff.after();
    auto recorded = AuditRepository(m_db).record(entry);
    if (!recorded)
        return recorded.error();
    BATON_TRY(transaction->commit());
    return *version;
}

Result<qint64> RoutingService::importJson(const QByteArray &json, const QString &sourceName, qint64 actorId)
{
    auto parsed = RoutingConfigJson::fromJson(json, sourceName);
    if (!parsed)
        return parsed.error();
    auto current = load();
    if (!current)
        return current.error();
    return save(*parsed, current->version, actorId);
}

Result<std::vector<RoutingService::RoutedLead>> RoutingService::routePending(int limit)
{
    // Thousands of waiting leads dirty more pages than the connection's cache holds.
    std::optional<LargeWriteCache> cache;
    if (limit > 1000)
        cache.emplace(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    const QDateTime now = m_clock.now();
    auto ids = RoutingRepository(m_db).unassignedLeads(limit);
    if (!ids)
        return ids.error();
    std::vector<RoutedLead> routed;
    if (ids->empty())
        return routed;
    auto session = RoutingSession::open(m_db, now);
    if (!session)
        return session.error();
    LeadRepository leads(m_db);
    SlaRepository clocks(m_db);
    // In slices read ahead: while a slice is routed and written, a second reader looks up who owns
    // its companies.
    constexpr size_t slice = pendingSlice;
    std::vector<Lead> batch;
    for (size_t next = 0; next < ids->size(); ++next) {
        if (next % slice == 0) {
            batch.clear();
            for (size_t i = next; i < std::min(ids->size(), next + slice); ++i) {
                auto lead = leads.find((*ids)[i]);
                if (!lead)
                    return lead.error();
                batch.push_back(std::move(lead).value());
            }
            (*session)->prefetchOwners(batch);
        }
        const Lead &lead = batch[next % slice];
        const qint64 id = lead.id;
        auto handoff = atHandoff(m_db, id);
        if (!handoff)
            return handoff.error();
        RoutingSession::Request request;
        request.handoffId = handoff->handoffId;
        // A lead that still finds nobody gets no second "nobody" decision on every run.
        auto earlier = RoutingRepository(m_db).decisionsFor(id);
        if (!earlier)
            return earlier.error();
        request.recordUnassigned = earlier->empty() || earlier->back().assigneeId.has_value();
        auto decision = (*session)->route(lead, handoff->tier, handoff->total, request);
        if (!decision)
            return decision.error();
        if (decision->assigneeId && handoff->handoffId) {
            // Nobody's calendar was known at the handoff: the promise is kept in its first owner's.
            auto clock = clocks.latestFor(id);
            if (!clock)
                return clock.error();
            std::optional<QDateTime> due;
            if (*clock && (*clock)->handoffId == *handoff->handoffId && !(*clock)->assignedAt &&
                (*clock)->running()) {
                const QDateTime inOwners =
                    (*session)
                        ->router()
                        .slaCalendarOf(decision->assigneeId)
                        .addBusinessMinutes((*clock)->startedAt, (*clock)->windowMinutes);
                if (inOwners.isValid())
                    due = inOwners;
            }
            BATON_TRY(clocks.assign(*handoff->handoffId, *decision->assigneeId, now, due));
            if (due)
                BATON_TRY(clocks.setLeadDue(id, due));
        }
        routed.push_back(RoutedLead{id, *decision});
    }
    BATON_TRY((*session)->finish());
    const auto assigned = std::count_if(routed.begin(), routed.end(), [](const RoutedLead &lead) {
        return lead.decision.assigneeId.has_value();
    });
    AuditEntry entry;
    entry.at = now;
    entry.subject = QStringLiteral("routing");
    entry.action = QStringLiteral("route");
    entry.summary = QStringLiteral("Routed %1 waiting leads: %2 assigned, %3 still unassigned")
                        .arg(routed.size())
                        .arg(assigned)
                        .arg(static_cast<qint64>(routed.size()) - assigned);
    entry.after = QJsonObject{{QStringLiteral("routed"), static_cast<qint64>(routed.size())},
                              {QStringLiteral("assigned"), static_cast<qint64>(assigned)}};
    auto recorded = AuditRepository(m_db).record(entry);
    if (!recorded)
        return recorded.error();
    BATON_TRY(transaction->commit());
    return routed;
}

Result<void> RoutingService::reassign(qint64 leadId, qint64 toUserId, qint64 actorId,
                                      std::optional<qint64> expectedVersion)
{
    BATON_TRY(requireManager(actorId, QStringLiteral("reassign leads")));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    const QDateTime now = m_clock.now();
    auto open = openLead(m_db, leadId, QStringLiteral("reassigned"));
    if (!open)
        return open.error();
    const Lead *lead = &open->lead;
    const AtHandoff *handoff = &open->handoff;
    auto to = UserRepository(m_db).find(toUserId);
    if (!to)
        return to.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    auto session = RoutingSession::open(m_db, now);
    if (!session)
        return session.error();
    LeadRepository leads(m_db);
    BATON_TRY(leads.setOwner(leadId, toUserId, expectedVersion));
    const QString from =
        lead->ownerId ? (*session)->router().nameOf(*lead->ownerId) : QStringLiteral("nobody");
    BATON_TRY((*session)->recordManual(
        *lead, toUserId, RoutingRecord::Kind::Reassign, handoff->handoffId, actorId,
        QStringLiteral("Reassigned by hand by %1, from %2 to %3.").arg(actor->name, from, to->name)));
    if (handoff->handoffId)
        BATON_TRY(SlaRepository(m_db).assign(*handoff->handoffId, toUserId, now));
    auto after = leads.find(leadId);
    if (!after)
        return after.error();
    BATON_TRY(LeadAudit::record(
        m_db, now, *lead, *after, actorId, QStringLiteral("reassign"),
        QStringLiteral("Reassigned %1 from %2 to %3").arg(LeadAudit::label(*lead), from, to->name)));
    return transaction->commit();
}

Result<RoutingDecision> RoutingService::reroute(qint64 leadId, qint64 actorId,
                                                std::optional<qint64> expectedVersion)
{
    BATON_TRY(requireManager(actorId, QStringLiteral("re-route leads")));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    const QDateTime now = m_clock.now();
    auto open = openLead(m_db, leadId, QStringLiteral("re-routed"));
    if (!open)
        return open.error();
    const Lead *lead = &open->lead;
    const AtHandoff *handoff = &open->handoff;
    auto session = RoutingSession::open(m_db, now);
    if (!session)
        return session.error();
    RoutingSession::Request request;
    request.kind = RoutingRecord::Kind::Reroute;
    request.handoffId = handoff->handoffId;
    request.actorId = actorId;
    request.excludeUserId = lead->ownerId;
    request.expectedVersion = expectedVersion;
    auto decision = (*session)->route(*lead, handoff->tier, handoff->total, request);
    if (!decision)
        return decision.error();
    if (decision->assigneeId && handoff->handoffId)
        BATON_TRY(SlaRepository(m_db).assign(*handoff->handoffId, *decision->assigneeId, now));
    BATON_TRY((*session)->finish());
    auto after = LeadRepository(m_db).find(leadId);
    if (!after)
        return after.error();
    const QString to =
        decision->assigneeId ? (*session)->router().nameOf(*decision->assigneeId) : QStringLiteral("nobody");
    BATON_TRY(LeadAudit::record(m_db, now, *lead, *after, actorId, QStringLiteral("reroute"),
                                QStringLiteral("Re-routed %1 to %2").arg(LeadAudit::label(*lead), to),
                                QJsonObject{{QStringLiteral("rule"), decision->ruleName}}));
    BATON_TRY(transaction->commit());
    return *decision;
}

Result<std::vector<RoutingRecord>> RoutingService::explain(qint64 leadId)
{
    auto lead = LeadRepository(m_db).find(leadId);
    if (!lead)
        return lead.error();
    return RoutingRepository(m_db).decisionsFor(leadId);
}

Result<RoutingDecision> RoutingService::trial(const RoutingConfig &config, const Lead &lead,
                                              const QString &tier, int totalScore)
{
    const QDateTime now = m_clock.now();
    auto session = RoutingSession::open(m_db, now);
    if (!session)
        return session.error();
    auto routed = (*session)->describe(lead, tier, totalScore);
    if (!routed)
        return routed.error();
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    const Router router(config, *users);
    RoutingState state = (*session)->state(); // a copy: the trial changes nobody's turn
    return router.decide(*routed, state, now);
}

} // namespace baton
