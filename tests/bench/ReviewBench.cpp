#include "BenchFile.h"
#include "common/FixedClock.h"
#include "services/MetricsService.h"
#include "storage/Time.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

// The joint review of a quarter of the bench file (every metric, the quarter before it and the
// weekly series), beside SQLite stepping through the same rows through the C API.

namespace baton::bench {
namespace {

QDateTime quarterStart()
{
    return BenchFile::demoNow().addDays(-91);
}

void runReview(benchmark::State &state, const ReviewFilter &filter, int threads = 0)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const FixedClock clock(BenchFile::demoNow());
    MetricsService metrics(file->db(), clock);
    metrics.setThreads(threads);
    int handedOver = 0;
    for (auto _ : state) {
        auto review = metrics.review(quarterStart(), BenchFile::demoNow(), QTimeZone::utc(), filter);
        if (!review) {
            state.SkipWithError(qPrintable(review.error().message));
            return;
        }
        handedOver = review->current.handedOver;
        benchmark::DoNotOptimize(review);
    }
    state.counters["handoffs"] = handedOver;
}

void BM_Review_Quarter(benchmark::State &state)
{
    runReview(state, {});
}
BENCHMARK(BM_Review_Quarter)->Iterations(4)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The same read by one reader, as a small span is: what the second reader saves.
void BM_Review_Quarter_OneReader(benchmark::State &state)
{
    runReview(state, {}, 1);
}
BENCHMARK(BM_Review_Quarter_OneReader)->Iterations(4)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Narrowed to one campaign, and to one segment (which reads each lead's revenue).
void BM_Review_Quarter_Filtered(benchmark::State &state)
{
    ReviewFilter filter;
    if (state.range(0) == 0)
        filter.campaignId = 1;
    else
        filter.segment = QStringLiteral("mid_market");
    runReview(state, filter);
}
BENCHMARK(BM_Review_Quarter_Filtered)->Arg(0)->Arg(1)->Iterations(3)->Unit(benchmark::kMillisecond);

/// The limit: SQLite steps through the same handoff and clock rows, reading every column the
/// review counts, and adds nothing up.
void BM_Review_Quarter_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    sqlite3 *db = file->db().handle();
    sqlite3_stmt *handoffs = nullptr;
    sqlite3_stmt *clocks = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT h.id, h.lead_id, h.handed_over_at, coalesce(h.campaign_id, 0), h.completeness = 100, "
        "h.accepted_at, h.outcome, h.outcome_reason, h.outcome_at FROM handoffs h "
        "WHERE h.handed_over_at >= ?1 AND h.handed_over_at < ?2",
        -1, &handoffs, nullptr);
    sqlite3_prepare_v2(db,
                       "SELECT handoff_id, owner_id, assigned_at, first_contact_at, due_at, closed_at FROM "
                       "sla_clocks WHERE started_at >= ?1 AND started_at < ?2",
                       -1, &clocks, nullptr);
    // The review reads from the start of the quarter before.
    const qint64 from = toStored(quarterStart().addDays(-91));
    const qint64 to = toStored(BenchFile::demoNow());
    for (auto _ : state) {
        for (sqlite3_stmt *statement : {handoffs, clocks}) {
            sqlite3_reset(statement);
            sqlite3_bind_int64(statement, 1, from);
            sqlite3_bind_int64(statement, 2, to);
            const int columns = sqlite3_column_count(statement);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < columns; ++column)
                    benchmark::DoNotOptimize(sqlite3_column_int64(statement, column));
            }
        }
    }
    sqlite3_finalize(handoffs);
    sqlite3_finalize(clocks);
}
BENCHMARK(BM_Review_Quarter_Raw)->Iterations(4)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace baton::bench
