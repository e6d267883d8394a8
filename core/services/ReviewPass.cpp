#include "services/ReviewPass.h"

#include "routing/RoutingCondition.h"
#include "routing/RoutingConfigJson.h"
#include "services/ReviewClocks.h"
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
    // The span's clocks first (a pass over the narrow clock table costs less than finding each
    // handoff's clock by its key), then its handoffs, each counted with its clock as it is read.
    ReviewClocks clocks;
    BATON_TRY(
        repository.forEachClock(from, to, [&](const MetricsRepository::Clock &clock) { clocks.add(clock); }));
    clocks.seal();
    ReviewHandoff handoff;
    BATON_TRY(repository.forEachHandoff(from, to, withRevenue, [&](const ReviewHandoff &read) {
        if (!keepsLead(read.campaignId, read.annualRevenue))
            return;
        handoff = read;
        clocks.attach(handoff);
        if (keepsOwner(handoff.ownerId))
            visitor.handoff(handoff, businessSeconds(handoff));
    }));

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
