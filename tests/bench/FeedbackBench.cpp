#include "BenchFile.h"
#include "common/FixedClock.h"
#include "services/FeedbackService.h"
#include "services/RejectionReviewService.h"
#include "storage/Time.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

// The feedback loop over a quarter of the bench file: the Rejections inbox (every grouping with
// its trend, and the first page of the list) and the calibration table, beside the same rows
// grouped by SQLite itself through the C API.

namespace baton::bench {
namespace {

QDateTime quarterStart()
{
    return BenchFile::demoNow().addDays(-91);
}

/// Every grouping of the inbox at once, with the four weeks before for the trend.
void BM_RejectionInbox_Quarter(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const FixedClock clock(BenchFile::demoNow());
    FeedbackService feedback(file->db(), clock);
    int total = 0;
    for (auto _ : state) {
        auto inbox = feedback.inbox(quarterStart(), BenchFile::demoNow(), 4);
        if (!inbox) {
            state.SkipWithError(qPrintable(inbox.error().message));
            return;
        }
        total = inbox->total + inbox->earlierTotal;
        benchmark::DoNotOptimize(inbox);
    }
    state.counters["rejections"] = total;
}
BENCHMARK(BM_RejectionInbox_Quarter)->Unit(benchmark::kMillisecond);

/// The limit: SQLite groups the same rows by one of the five dimensions, through the C API.
void BM_RejectionInbox_Quarter_RawOneGrouping(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(file->db().handle(),
                       "SELECT reason_code, count(*) FROM rejection_reviews WHERE rejected_at >= ?1 "
                       "AND rejected_at < ?2 GROUP BY reason_code",
                       -1, &statement, nullptr);
    for (auto _ : state) {
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, toStored(quarterStart().addDays(-28)));
        sqlite3_bind_int64(statement, 2, toStored(BenchFile::demoNow()));
        while (sqlite3_step(statement) == SQLITE_ROW)
            benchmark::DoNotOptimize(sqlite3_column_int64(statement, 1));
    }
    sqlite3_finalize(statement);
}
BENCHMARK(BM_RejectionInbox_Quarter_RawOneGrouping)->Unit(benchmark::kMillisecond);

/// The inbox's list: its first page of 200, newest first, and a page narrowed to one reason.
void BM_RejectionInbox_FirstPage(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const FixedClock clock(BenchFile::demoNow());
    RejectionReviewService reviews(file->db(), clock);
    ReviewQuery query{quarterStart(), BenchFile::demoNow()};
    if (state.range(0) == 1)
        query.reasonCode = QStringLiteral("no_authority");
    size_t rows = 0;
    for (auto _ : state) {
        auto page = reviews.list(query);
        rows = page ? page->size() : 0;
        benchmark::DoNotOptimize(page);
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_RejectionInbox_FirstPage)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// The calibration table of a quarter: 0 by score band, 1 by campaign, 2 by rule.
void BM_Calibration_Quarter(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const FixedClock clock(BenchFile::demoNow());
    FeedbackService feedback(file->db(), clock);
    const std::array dimensions{FeedbackDimension::Band, FeedbackDimension::Campaign,
                                FeedbackDimension::Rule};
    const FeedbackDimension by = dimensions[static_cast<size_t>(state.range(0))];
    int handoffs = 0;
    for (auto _ : state) {
        auto rows = feedback.calibration(quarterStart(), BenchFile::demoNow(), by);
        if (!rows) {
            state.SkipWithError(qPrintable(rows.error().message));
            return;
        }
        handoffs = 0;
        for (const CalibrationRow &row : *rows)
            handoffs += row.handedOver;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["handoffs"] = handoffs;
}
BENCHMARK(BM_Calibration_Quarter)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

/// The limit: SQLite groups the same handoffs by band with their outcomes, through the C API.
void BM_Calibration_Quarter_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(file->db().handle(),
                       "SELECT total_score / 20, count(*), count(accepted_at), sum(outcome = 'rejected'), "
                       "sum(outcome = 'converted') FROM handoffs INDEXED BY handoffs_feedback "
                       "WHERE handed_over_at >= ?1 AND handed_over_at < ?2 GROUP BY 1",
                       -1, &statement, nullptr);
    for (auto _ : state) {
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, toStored(quarterStart()));
        sqlite3_bind_int64(statement, 2, toStored(BenchFile::demoNow()));
        while (sqlite3_step(statement) == SQLITE_ROW)
            benchmark::DoNotOptimize(sqlite3_column_int64(statement, 1));
    }
    sqlite3_finalize(statement);
}
BENCHMARK(BM_Calibration_Quarter_Raw)->Unit(benchmark::kMillisecond);

/// The suggestions of a quarter.
void BM_Suggestions_Quarter(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const FixedClock clock(BenchFile::demoNow());
    FeedbackService feedback(file->db(), clock);
    size_t found = 0;
    for (auto _ : state) {
        auto suggestions = feedback.suggestions(quarterStart(), BenchFile::demoNow());
        found = suggestions ? suggestions->size() : 0;
        benchmark::DoNotOptimize(suggestions);
    }
    state.counters["suggestions"] = static_cast<double>(found);
}
BENCHMARK(BM_Suggestions_Quarter)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace baton::bench
