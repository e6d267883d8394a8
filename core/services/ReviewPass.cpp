#include "services/ReviewPass.h"

#include "routing/RoutingCondition.h"
#include "routing/RoutingConfigJson.h"
#include "services/ReviewClocks.h"
#include "storage/DatabaseOpener.h"
#include "storage/RoutingRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

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

int ReviewPass::slicesFor(size_t clocks) const
{
    // A second reader pays for its own connection and its own calendars: worth it on a large span.
    constexpr size_t clocksWorthASecondReader = 50'000;
    const QString &path = m_db.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return 1;
    if (m_threads > 0)
        return std::min(m_threads, maxSlices);
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    return clocks >= clocksWorthASecondReader ? std::min(cores, maxSlices) : 1;
}

Result<void> ReviewPass::readHandoffs(Database &db, qint64 from, qint64 to, bool withRevenue,
                                      const ReviewClocks &clocks, const Router &router, int slice,
                                      const Visitor &visitor) const
{
    ReviewHandoff handoff;
    ReviewClocks::Walk walk;
    return MetricsRepository(db).forEachHandoff(
        QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()),
        QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()), withRevenue, [&](const ReviewHandoff &read) {
            if (!keepsLead(read.campaignId, read.annualRevenue))
                return;
            handoff = read;
            clocks.attach(handoff, walk);
            if (!keepsOwner(handoff.ownerId))
                return;
            const std::optional<qint64> business =
                handoff.firstContactAt
                    ? std::optional<qint64>(router.slaCalendarOf(handoff.ownerId)
                                                .businessSecondsBetween(handoff.at, *handoff.firstContactAt))
                    : std::nullopt;
            visitor.handoff(slice, handoff, business);
        });
}

Result<void> ReviewPass::readOthers(Database &db, const QDateTime &from, const QDateTime &to,
                                    bool withRevenue, int slice, const Visitor &visitor) const
{
    MetricsRepository repository(db);
    if (visitor.earlierHandoff) {
        BATON_TRY(repository.forEachStaleCandidate(from, from, withRevenue, [&](const ReviewHandoff &h) {
            if (keeps(h.campaignId, h.ownerId, h.annualRevenue))
                visitor.earlierHandoff(slice, h);
        }));
    }
    if (visitor.move) {
        BATON_TRY(repository.forEachMoveWithoutContact(from, to, [&](const MetricsRepository::Move &move) {
            const std::optional<qint64> mover =
                move.userId == 0 ? std::nullopt : std::optional<qint64>(move.userId);
            if (keeps(move.campaignId, mover, move.annualRevenue))
                visitor.move(slice, move);
        }));
    }
    return {};
}

Result<void> ReviewPass::run(const QDateTime &from, const QDateTime &to, bool withRevenue,
                             const Visitor &visitor)
{
    // The span's clocks first (a pass over the narrow clock table costs less than finding each
    // handoff's clock by its key), then its handoffs, each counted with its clock as it is read.
    // With two slices, a second reader on its own connection reads what does not need the clocks
    // while they load, then the later half of the handoffs beside the first.
    ReviewClocks clocks;
    const auto loadClocks = [&]() -> Result<void> {
        BATON_TRY(MetricsRepository(m_db).forEachClock(
            from, to, [&](const MetricsRepository::Clock &clock) { clocks.add(clock); }));
        clocks.seal();
        return {};
    };
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = to.toSecsSinceEpoch();
    // A file that cannot be opened a second time is counted by one reader, as a small span is.
    std::unique_ptr<Database> opened;
    if (slicesFor(std::numeric_limits<size_t>::max()) >= 2) {
        if (auto reopened = DatabaseOpener::open(m_db.path(), DatabaseOpener::Mode::ReadOnly))
            opened = std::move(reopened).value();
    }
    if (!opened) {
        BATON_TRY(loadClocks());
        BATON_TRY(readHandoffs(m_db, start, end, withRevenue, clocks, m_router, 0, visitor));
        return readOthers(m_db, from, to, withRevenue, 0, visitor);
    }
    Database &second = *opened;
    const Router secondRouter(m_config, m_users); // calendars keep caches: one set per thread
    std::mutex mutex;
    std::condition_variable loaded;
    std::optional<bool> split; // set once the clocks are in: whether the second reader takes a half
    Result<void> secondResult;
    std::thread reader([&] {
        secondResult = readOthers(second, from, to, withRevenue, 1, visitor);
        std::unique_lock lock(mutex);
        loaded.wait(lock, [&] { return split.has_value(); });
        if (*split && secondResult)
            secondResult =
                readHandoffs(second, clocks.middle(), end, withRevenue, clocks, secondRouter, 1, visitor);
    });
    Result<void> result = loadClocks();
    const bool halves = result && slicesFor(clocks.size()) >= 2 && clocks.middle() > start;
    {
        const std::lock_guard lock(mutex);
        split = halves;
    }
    loaded.notify_one();
    if (result)
        result = readHandoffs(m_db, start, halves ? clocks.middle() : end, withRevenue, clocks, m_router, 0,
                              visitor);
    reader.join();
    if (!result)
        return result;
    return secondResult;
}

} // namespace baton
