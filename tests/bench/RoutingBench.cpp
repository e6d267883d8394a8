#include "BenchFile.h"
#include "common/FixedClock.h"
#include "routing/Router.h"
#include "services/RoutingService.h"
#include "services/RoutingSession.h"
#include "storage/LargeWriteCache.h"
#include "storage/LeadRepository.h"
#include "storage/SlaRepository.h"
#include "storage/Time.h"
#include "storage/Transaction.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <random>

// Routing decisions in memory and stored, and the question the alerts and sla-check ask: which
// running clocks fall due in the next minute.

namespace baton::bench {
namespace {

/// Four regional pools of five SDRs each (weights 1–3, daily and open caps), the account-owner
/// rule first, a rule per region, everyone as the fallback; two SDRs away.
struct RoutingSetup {
    std::vector<User> users;
    RoutingConfig config;

    RoutingSetup()
    {
        const std::array<const char *, 4> regions{"NA", "EMEA", "APAC", "LATAM"};
        const std::array<const char *, 4> zones{"America/New_York", "Europe/London", "Asia/Singapore",
                                                "America/Sao_Paulo"};
        RoutingPool everyone{QStringLiteral("Everyone"), {}};
        for (size_t r = 0; r < regions.size(); ++r) {
            TeamSettings team;
            team.team = QString::fromLatin1(regions[r]);
            team.timeZone = QString::fromLatin1(zones[r]);
            team.hours = WeeklyHours::allWeek();
            config.teams.push_back(team);
            RoutingPool pool{QStringLiteral("%1 pool").arg(QLatin1String(regions[r])), {}};
            for (int i = 0; i < 5; ++i) {
                const qint64 id = static_cast<qint64>(users.size()) + 1;
                const QString login = QStringLiteral("sdr.%1.%2").arg(QLatin1String(regions[r])).arg(i);
                users.push_back(User{id, login, QStringLiteral("SDR %1").arg(id), Role::Sdr, team.team});
                pool.members.push_back(PoolMember{login, 1 + i % 3, 1'000'000, 1'000'000});
                everyone.members.push_back(PoolMember{login, 1, {}, {}});
            }
            config.pools.push_back(pool);
            RoutingRule rule;
            rule.name = team.team;
            rule.when.regions = {team.team};
            rule.action = RoutingAction{RoutingAction::Kind::Pool, pool.name};
            config.rules.push_back(rule);
        }
        RoutingRule accounts;
        accounts.name = QStringLiteral("Key accounts");
        accounts.action = RoutingAction{RoutingAction::Kind::AccountOwner, {}};
        config.rules.insert(config.rules.begin(), accounts);
        config.pools.push_back(everyone);
        config.fallbackPool = everyone.name;
        config.people = {
            PersonAvailability{users[1].login, {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 31)}}},
            PersonAvailability{users[7].login, {}, {}, {Absence{QDate(2026, 3, 1), QDate(2026, 3, 31)}}}};
    }
};

/// Decisions with their reasons, in memory: the router and its counters, no SQL.
void BM_Route_InMemory(benchmark::State &state)
{
    const RoutingSetup setup;
    const Router router(setup.config, setup.users);
    std::mt19937 random(7);
    std::vector<RoutingLead> leads(10'000);
    const std::array<const char *, 5> regions{"NA", "EMEA", "APAC", "LATAM", "MARS"};
    for (size_t i = 0; i < leads.size(); ++i) {
        leads[i].lead.id = static_cast<qint64>(i) + 1;
        leads[i].lead.company.region = QString::fromLatin1(regions[random() % regions.size()]);
        leads[i].lead.company.domain = QStringLiteral("company%1.test").arg(i);
        leads[i].tier = QStringLiteral("warm");
        leads[i].totalScore = static_cast<int>(random() % 120);
        if (i % 10 == 0)
            leads[i].accountOwnerId = static_cast<qint64>(random() % setup.users.size()) + 1;
    }
    RoutingState routing;
    const QDateTime now = BenchFile::demoNow();
    size_t next = 0;
    for (auto _ : state) {
        RoutingDecision decision = router.decide(leads[next], routing, now);
        benchmark::DoNotOptimize(decision);
        next = (next + 1) % leads.size();
    }
    state.counters["leads/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Route_InMemory);

/// Routing stored: each open lead of the bench file routed again by the demo's rules, the
/// decision with its reason inserted and the owner changed, in one transaction (rolled back, so
/// the file stays as it was).
void BM_Route_Stored(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const size_t count = std::min<size_t>(50'000, file->openLeads().size());
    LeadRepository leads(file->db());
    std::vector<Lead> batch;
    for (size_t i = 0; i < count; ++i)
        batch.push_back(*leads.find(file->openLeads()[i]));
    for (auto _ : state) {
        // As RoutingService::routePending does for a large batch: in slices, their owners looked up ahead.
        const LargeWriteCache cache(file->db());
        auto transaction = Transaction::begin(file->db());
        auto session = RoutingSession::open(file->db(), BenchFile::demoNow());
        if (!transaction || !session) {
            state.SkipWithError("cannot open a routing session");
            return;
        }
        RoutingSession::Request request;
        request.kind = RoutingRecord::Kind::Reroute;
        constexpr size_t sliceSize = RoutingService::pendingSlice;
        for (size_t from = 0; from < batch.size(); from += sliceSize) {
            const std::vector<Lead> slice(
                batch.begin() + static_cast<std::ptrdiff_t>(from),
                batch.begin() + static_cast<std::ptrdiff_t>(std::min(batch.size(), from + sliceSize)));
            (*session)->prefetchOwners(slice);
            for (const Lead &lead : slice) {
                auto decision = (*session)->route(lead, QStringLiteral("warm"), 60, request);
                if (!decision) {
                    state.SkipWithError(qPrintable(decision.error().message));
                    return;
                }
            }
        }
        // The transaction rolls back here.
    }
    state.counters["leads/s"] = benchmark::Counter(
        static_cast<double>(count) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Route_Stored)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

/// The floor of BM_Route_Stored: the same leads, through the bare C API, each given a decision row
/// with a reason of the same length and a new owner, with no decision made. Rolled back likewise.
void BM_Route_Stored_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const size_t count = std::min<size_t>(50'000, file->openLeads().size());
    sqlite3 *db = file->db().handle();
    const LargeWriteCache cache(file->db());
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO routing_decisions (lead_id, handoff_id, decided_at, kind, assignee_id, "
                       "previous_owner_id, rule_name, rule_position, reason, decided_by) "
                       "VALUES (?1, NULL, ?2, 'reroute', ?3, NULL, 'EMEA', 2, ?4, NULL)",
                       -1, &insert, nullptr);
    sqlite3_prepare_v2(db,
                       "UPDATE leads SET owner_id = ?2, version = version + 1 WHERE id = ?1 "
                       "AND (?3 IS NULL OR version = ?3)",
                       -1, &update, nullptr);
    // As long as BM_Route_Stored's reasons are on average (338 characters).
    const std::string reason =
        "Rule 3 \"EMEA\" (region EMEA, segment Enterprise): pool \"EMEA pool\", round robin by weight: "
        "Priya Shah was next in turn (credit 4 of weight 3). Skipped: Tom Becker (at capacity: 40 of 40 "
        "open leads), Lena Vogel (out of office until 2026-03-31), Marco Rossi (outside hours: 18:40 in "
        "Europe/Rome, hours 09:00-17:00; back tomorrow at 09:00).";
    const qint64 at = toStored(BenchFile::demoNow());
    for (auto _ : state) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (size_t i = 0; i < count; ++i) {
            const qint64 lead = file->openLeads()[i];
            const qint64 owner = 1 + static_cast<qint64>(i % 20);
            sqlite3_bind_int64(insert, 1, lead);
            sqlite3_bind_int64(insert, 2, at);
            sqlite3_bind_int64(insert, 3, owner);
            sqlite3_bind_text(insert, 4, reason.data(), static_cast<int>(reason.size()), SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            sqlite3_bind_int64(update, 1, lead);
            sqlite3_bind_int64(update, 2, owner);
            sqlite3_step(update);
            sqlite3_reset(update);
        }
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(update);
    state.counters["leads/s"] = benchmark::Counter(
        static_cast<double>(count) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Route_Stored_Raw)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

/// Every running clock due within the next minute, among the bench file's 1,000,000 leads.
void BM_SlaDueWithinMinute(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    SlaRepository clocks(file->db());
    // A busy minute of the demo's last day: the start of the day's first office hours.
    const QDateTime from = BenchFile::demoNow().addDays(-1);
    size_t found = 0;
    for (auto _ : state) {
        auto due = clocks.runningDueBetween(from, from.addSecs(60));
        found = due ? due->size() : 0;
        benchmark::DoNotOptimize(found);
    }
    state.counters["due"] = static_cast<double>(found);
    state.counters["running"] = static_cast<double>(*file->db().queryInt(
        "SELECT count(*) FROM sla_clocks WHERE first_contact_at IS NULL AND closed_at IS NULL"));
}
BENCHMARK(BM_SlaDueWithinMinute)->Unit(benchmark::kMicrosecond);

/// The same query through the bare C API: the floor.
void BM_SlaDueWithinMinute_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(
        file->db().handle(),
        "SELECT handoff_id, lead_id, tier, window_minutes, started_at, due_at, assigned_at, owner_id, "
        "first_contact_at, first_contact_id, closed_at FROM sla_clocks WHERE first_contact_at IS NULL "
        "AND closed_at IS NULL AND due_at BETWEEN ?1 AND ?2 ORDER BY due_at",
        -1, &statement, nullptr);
    const qint64 from = toStored(BenchFile::demoNow().addDays(-1));
    for (auto _ : state) {
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, from);
        sqlite3_bind_int64(statement, 2, from + 60);
        int rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < 11; ++column)
                benchmark::DoNotOptimize(sqlite3_column_int64(statement, column));
            ++rows;
        }
        benchmark::DoNotOptimize(rows);
    }
    sqlite3_finalize(statement);
}
BENCHMARK(BM_SlaDueWithinMinute_Raw)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace baton::bench
