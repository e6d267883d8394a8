#include "services/RoutingSession.h"

#include "routing/RoutingConfigJson.h"
#include "storage/CampaignRepository.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace baton {
namespace {

/// Domains of e-mail providers: an address there says nothing about the company.
bool isFreeMail(const QString &domain)
{
    static const QSet<QString> providers{
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"),    QStringLiteral("live.com"),
        QStringLiteral("msn.com"),     QStringLiteral("icloud.com"),     QStringLiteral("me.com"),
        QStringLiteral("aol.com"),     QStringLiteral("proton.me"),      QStringLiteral("protonmail.com"),
        QStringLiteral("gmx.de"),      QStringLiteral("gmx.net"),        QStringLiteral("web.de"),
        QStringLiteral("yandex.ru"),   QStringLiteral("mail.ru"),        QStringLiteral("qq.com"),
        QStringLiteral("163.com")};
    return providers.contains(domain);
}

QString emailDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

/// The domains that say which company a lead is from: the company's, and the e-mail's where it
/// differs and is no provider's.
std::array<QString, 2> domainsOf(const Lead &lead)
{
    std::array<QString, 2> domains{lead.company.domain.trimmed().toLower(), emailDomain(lead.person.email)};
    if (domains[1] == domains[0] || isFreeMail(domains[1]))
        domains[1].clear();
    return domains;
}

} // namespace

Result<std::unique_ptr<RoutingSession>> RoutingSession::open(Database &db, const QDateTime &now)
{
    std::unique_ptr<RoutingSession> session(new RoutingSession(db, now));
    RoutingRepository routing(db);
    auto stored = routing.config();
    if (!stored)
        return stored.error();
    if (*stored) {
        auto parsed =
            RoutingConfigJson::fromJson((*stored)->body, QStringLiteral("the stored routing configuration"));
        if (!parsed)
            return parsed.error();
        session->m_config = std::move(parsed).value();
    }
    auto users = UserRepository(db).all();
    if (!users)
        return users.error();
    session->m_router = std::make_unique<Router>(session->m_config, *users);
    for (const User &user : *users) {
        for (const AccountOwner &account : session->m_config.accounts) {
            if (QString::compare(account.login, user.login, Qt::CaseInsensitive) == 0)
                session->m_accounts[account.domain.toLower()] = user.id;
        }
    }

    auto open = routing.openLeadsByOwner();
    if (!open)
        return open.error();
    session->m_state.openLeads = std::move(open).value();
    // Two days back covers anyone's local day, whatever their zone.
    auto recent = routing.assignmentsSince(now.addDays(-2));
    if (!recent)
        return recent.error();
    for (const RoutingRepository::AssignmentSlot &slot : *recent)
        session->m_state
            .assignedOn[{slot.assigneeId, session->m_router->localDate(slot.assigneeId, slot.from)}] +=
            slot.count;
    auto credits = routing.credits();
    if (!credits)
        return credits.error();
    session->m_state.credits = std::move(credits).value();

    auto campaigns = CampaignRepository(db).all();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &campaign : *campaigns)
        session->m_campaigns[campaign.id] = campaign.name;
    return session;
}

Result<RoutingLead> RoutingSession::describe(const Lead &lead, const QString &tier, int totalScore)
{
    return describe(lead, tier, totalScore, domainsOf(lead));
}

Result<RoutingLead> RoutingSession::describe(const Lead &lead, const QString &tier, int totalScore,
                                             const std::array<QString, 2> &domains)
{
    RoutingLead routed;
    routed.lead = lead;
    routed.tier = tier;
    routed.totalScore = totalScore;
    if (lead.campaignId) {
        const auto found = m_campaigns.find(*lead.campaignId);
        if (found != m_campaigns.end())
            routed.campaign = found->second;
    }
    for (const QString &domain : domains) {
        if (domain.isEmpty())
            continue;
        if (const auto named = m_accounts.find(domain); named != m_accounts.end()) {
            routed.accountOwnerId = named->second;
            return routed;
        }
    }
    for (const QString &domain : domains) {
        if (domain.isEmpty())
            continue;
        auto known = m_domainOwners.constFind(domain);
        if (known == m_domainOwners.constEnd()) {
            auto found = lookUpOwner(domain, lead.id);
            if (!found)
                return found.error();
            known = m_domainOwners.insert(domain, *found);
        }
        if (*known) {
            routed.accountOwnerId = *known;
            break;
        }
    }
    return routed;
}

void RoutingSession::prefetchOwners(const std::vector<Lead> &batch)
{
    m_prefetched.clear();
    // One reader for all the session's batches: it keeps its pages, and it still reads the file as
    // it was before this transaction, which commits only after finish().
    if (!m_prefetch && !m_prefetchDeclined) {
        m_prefetch = DomainOwnerPrefetch::open(m_db);
        m_prefetchDeclined = !m_prefetch;
    }
    if (!m_prefetch)
        return;
    std::vector<QString> domains;
    for (const Lead &lead : batch) {
        const std::array<QString, 2> leads = domainsOf(lead);
        // A named account answers before any lookup, as in describe().
        if (std::any_of(leads.begin(), leads.end(), [&](const QString &domain) {
                return !domain.isEmpty() && m_accounts.find(domain) != m_accounts.end();
            }))
            continue;
        for (const QString &domain : leads) {
            if (domain.isEmpty() || m_domainOwners.contains(domain) || m_prefetched.contains(domain))
                continue;
            m_prefetched.insert(domain, domains.size());
            domains.push_back(domain);
        }
    }
    m_prefetch->lookUp(std::move(domains));
}

Result<std::optional<qint64>> RoutingSession::lookUpOwner(const QString &domain, qint64 leadId)
{
    if (m_prefetch) {
        if (const auto number = m_prefetched.constFind(domain); number != m_prefetched.constEnd()) {
            auto found = m_prefetch->ownerOf(*number, leadId);
            if (found)
                return found;
            // The reader stopped short: this session's own connection answers the rest.
            m_prefetch.reset();
            m_prefetchDeclined = true;
            m_prefetched.clear();
        }
    }
    return RoutingRepository(m_db).ownerOfDomain(domain, leadId);
}

Result<RoutingDecision> RoutingSession::decide(const Lead &lead, const QString &tier, int totalScore,
                                               const Request &request)
{
    const std::array<QString, 2> domains = domainsOf(lead);
    auto routed = describe(lead, tier, totalScore, domains);
    if (!routed)
        return routed.error();
    routed->excludeUserId = request.excludeUserId;
    const RoutingDecision decision = request.pool ? m_router->fromPool(*request.pool, *routed, m_state, m_now)
                                                  : m_router->decide(*routed, m_state, m_now);
    if (decision.assigneeId) {
        if (lead.ownerId && m_state.openLeads[*lead.ownerId] > 0)
            --m_state.openLeads[*lead.ownerId];
        // Its company's latest lead is now this one: the next from there goes to the same owner.
        if (!domains[0].isEmpty())
            m_domainOwners.insert(domains[0], decision.assigneeId);
    }
    return decision;
}

Result<void> RoutingSession::store(const Lead &lead, const RoutingDecision &decision, const Request &request)
{
    if (!decision.assigneeId && !request.recordUnassigned)
        return {};
    RoutingRecord record;
    record.leadId = lead.id;
    record.handoffId = request.handoffId;
    record.decidedAt = m_now;
    record.kind = request.kind;
    record.assigneeId = decision.assigneeId;
    record.previousOwnerId = lead.ownerId;
    record.ruleName = decision.ruleName;
    record.rulePosition = decision.rulePosition;
    record.reason = decision.reason;
    record.decidedBy = request.actorId;
    auto stored = RoutingRepository(m_db).insertDecision(record);
    if (!stored)
        return stored.error();
    return {};
}

Result<RoutingDecision> RoutingSession::route(const Lead &lead, const QString &tier, int totalScore,
                                              const Request &request)
{
    auto decision = decide(lead, tier, totalScore, request);
    if (!decision)
        return decision.error();
    BATON_TRY(store(lead, *decision, request));
    // The same owner again changes nothing on the lead, unless a person's version must be checked.
    const bool unchanged = decision->assigneeId == lead.ownerId && !request.expectedVersion;
    if (decision->assigneeId && !unchanged)
        BATON_TRY(LeadRepository(m_db).setOwner(lead.id, decision->assigneeId, request.expectedVersion));
    return decision;
}

Result<void> RoutingSession::recordManual(const Lead &lead, qint64 assigneeId, RoutingRecord::Kind kind,
                                          std::optional<qint64> handoffId, std::optional<qint64> actorId,
                                          const QString &reason)
{
    RoutingRecord record;
    record.leadId = lead.id;
    record.handoffId = handoffId;
    record.decidedAt = m_now;
    record.kind = kind;
    record.assigneeId = assigneeId;
    record.previousOwnerId = lead.ownerId == assigneeId ? std::nullopt : lead.ownerId;
    record.reason = reason;
    record.decidedBy = actorId;
    auto stored = RoutingRepository(m_db).insertDecision(record);
    if (!stored)
        return stored.error();
    m_state.noteAssigned(assigneeId, m_router->localDate(assigneeId, m_now));
    return {};
}

Result<void> RoutingSession::finish()
{
    // The reader lets go of the file before the transaction commits.
    m_prefetch.reset();
    m_prefetched.clear();
    return RoutingRepository(m_db).saveCredits(m_state.credits);
}

} // namespace baton
