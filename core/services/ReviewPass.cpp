#include "services/ReviewPass.h"

#include "routing/RoutingCondition.h"
#include "routing/RoutingConfigJson.h"
#include "storage/RoutingRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>

namespace baton {
namespace {

Result<RoutingConfig> routingConfig(Database &db)
{
    auto stored = RoutingRepository(db).config();
    if (!stored)
        return stored.error();
    if (!*stored)
        return RoutingConfig{};
    return RoutingConfigJson::fromJson((*stored)->body, QStringLiteral("the stored routing configuration"));
}

} // namespace

Result<std::unique_ptr<ReviewPass>> ReviewPass::open(Database &db, const ReviewFilter &filter)
{
    auto config = routingConfig(db);
    if (!config)
        return config.error();
    auto users = UserRepository(db).all();
    if (!users)
        return users.error();
    return std::unique_ptr<ReviewPass>(
        new ReviewPass(db, filter, std::move(config).value(), std::move(users).value()));
}

ReviewPass::ReviewPass(Database &db, const ReviewFilter &filter, RoutingConfig config,
                       std::vector<User> users)
    : m_db(db)
    , m_filter(filter)
    , m_config(std::move(config))
    , m_users(std::move(users))
    , m_router(m_config, m_users)
{
    for (const User &user : m_users)
        m_teams.emplace(user.id, user.team);
}

bool ReviewPass::keeps(qint64 campaignId, std::optional<qint64> ownerId,
                       const std::optional<qint64> &revenue) const
{
    return keepsLead(campaignId, revenue) && keepsOwner(ownerId);
}

bool ReviewPass::keepsLead(qint64 campaignId, const std::optional<qint64> &revenue) const
{
    if (m_filter.campaignId && campaignId != *m_filter.campaignId)
        return false;
    return !m_filter.segment || RoutingCondition::segmentOf(revenue.value_or(0)) == *m_filter.segment;
}

bool ReviewPass::keepsOwner(std::optional<qint64> ownerId) const
{
    if (m_filter.ownerId && ownerId != m_filter.ownerId)
        return false;
    if (m_filter.team) {
        const auto found = ownerId ? m_teams.find(*ownerId) : m_teams.end();
        if (found == m_teams.end() || found->second != *m_filter.team)
            return false;
    }
    return true;
}

std::optional<QTimeZone> ReviewPass::teamZone(const QString &team) const
{
    const TeamSettings *settings = m_config.team(team);
    if (settings == nullptr)
        return std::nullopt;
    QTimeZone zone(settings->timeZone.toUtf8());
    return zone.isValid() ? std::optional<QTimeZone>(zone) : std::nullopt;
}

std::optional<qint64> ReviewPass::businessSeconds(const ReviewHandoff &handoff) const
{
    if (!handoff.firstContactAt)
        return std::nullopt;
    return m_router.slaCalendarOf(handoff.ownerId)
        .businessSecondsBetween(handoff.at, *handoff.firstContactAt);
}

Result<void> ReviewPass::run(const QDateTime &from, const QDateTime &to, bool withRevenue,
                             const Visitor &visitor)
{
    MetricsRepository repository(m_db);
    // The period's handoffs that pass the filter on their own facts, then their clocks, matched
    // by handoff id as the clock table gives them (in id order): one sequential pass each.
    std::vector<ReviewHandoff> handoffs;
    BATON_TRY(repository.forEachHandoff(from, to, withRevenue, [&](const ReviewHandoff &read) {
        if (keepsLead(read.campaignId, read.annualRevenue))
            handoffs.push_back(read);
    }));
    std::vector<std::pair<qint64, size_t>> byId(handoffs.size());
    for (size_t i = 0; i < handoffs.size(); ++i)
        byId[i] = {handoffs[i].id, i};
    std::sort(byId.begin(), byId.end());
    auto next = byId.begin();
    BATON_TRY(repository.forEachClock(from, to, [&](const MetricsRepository::Clock &clock) {
        while (next != byId.end() && next->first < clock.handoffId)
            ++next;
        if (next == byId.end() || next->first != clock.handoffId)
            return;
        ReviewHandoff &handoff = handoffs[next->second];
        handoff.hasClock = true;
        handoff.ownerId = clock.ownerId;
        handoff.assignedAt = clock.assignedAt;
        handoff.firstContactAt = clock.firstContactAt;
        handoff.dueAt = clock.dueAt;
        handoff.closedAt = clock.closedAt;
    }));
    byId = {};
    for (const ReviewHandoff &handoff : handoffs) {
        if (keepsOwner(handoff.ownerId))
            visitor.handoff(handoff, businessSeconds(handoff));
    }
    handoffs = {};

    if (visitor.earlierHandoff) {
        BATON_TRY(repository.forEachStaleCandidate(from, from, withRevenue, [&](const ReviewHandoff &h) {
            if (keeps(h.campaignId, h.ownerId, h.annualRevenue))
                visitor.earlierHandoff(h);
        }));
    }

    if (visitor.move) {
        BATON_TRY(repository.forEachMoveWithoutContact(from, to, [&](const MetricsRepository::Move &move) {
            const std::optional<qint64> mover =
                move.userId == 0 ? std::nullopt : std::optional<qint64>(move.userId);
            if (keeps(move.campaignId, mover, move.annualRevenue))
                visitor.move(move);
        }));
    }
    return {};
}

} // namespace baton
