#include "BenchFile.h"
#include "RawQueries.h"
#include "storage/QueueRepository.h"

#include <benchmark/benchmark.h>

// The queue against the large demo file, each beside the same SQL in the raw C API.
// Argument 0: "My queue" of the SDR with the most open leads; 1: the whole team's queue.

namespace baton::bench {
namespace {

constexpr int pageSize = 128;

QueueFilter filterFor(const BenchFile &file, const benchmark::State &state, bool search)
{
    QueueFilter filter;
    if (state.range(0) == 0)
        filter.ownerId = file.busiestSdr();
    if (search)
        filter.search = file.commonSurname();
    return filter;
}

RawQueries::Filter rawFilterFor(const BenchFile &file, const benchmark::State &state, bool search)
{
    RawQueries::Filter filter;
    if (state.range(0) == 0)
        filter.ownerId = file.busiestSdr();
    if (search)
        filter.search = file.commonSurname().toStdString();
    return filter;
}

void label(benchmark::State &state)
{
    state.SetLabel(state.range(0) == 0 ? "busiest SDR's queue" : "team queue");
}

/// Opening the queue: its size and the first page.
void firstPage(benchmark::State &state, bool search)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    QueueRepository queue(file->db());
    const QueueFilter filter = filterFor(*file, state, search);
    qint64 total = 0;
    for (auto _ : state) {
        auto counted = queue.count(filter);
        auto page = queue.pageAfter(filter, std::nullopt, pageSize);
        if (!counted || !page) {
            state.SkipWithError("query failed");
            return;
        }
        total = *counted;
        benchmark::DoNotOptimize(page->data());
    }
    state.counters["queue_rows"] = static_cast<double>(total);
    label(state);
}

void firstPageRaw(benchmark::State &state, bool search)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    RawQueries raw(file->db().handle());
    const RawQueries::Filter filter = rawFilterFor(*file, state, search);
    qint64 total = 0;
    for (auto _ : state) {
        total = raw.count(filter);
        benchmark::DoNotOptimize(raw.pageAfter(filter, std::nullopt, pageSize));
    }
    state.counters["queue_rows"] = static_cast<double>(total);
    label(state);
}

void BM_QueueFirstPage(benchmark::State &state)
{
    firstPage(state, false);
}
void BM_QueueFirstPage_Raw(benchmark::State &state)
{
    firstPageRaw(state, false);
}
void BM_QueueSearch(benchmark::State &state)
{
    firstPage(state, true);
}
void BM_QueueSearch_Raw(benchmark::State &state)
{
    firstPageRaw(state, true);
}

/// Dragging the scroll bar to the end: the last page by offset.
void BM_QueueJumpToLastPage(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    QueueRepository queue(file->db());
    const QueueFilter filter = filterFor(*file, state, false);
    const qint64 total = queue.count(filter).value();
    const qint64 offset = std::max<qint64>(0, (total - 1) / pageSize * pageSize);
    for (auto _ : state) {
        auto page = queue.pageAt(filter, offset, pageSize);
        if (!page || page->empty()) {
            state.SkipWithError("no last page");
            return;
        }
        benchmark::DoNotOptimize(page->data());
    }
    state.counters["offset"] = static_cast<double>(offset);
    label(state);
}

void BM_QueueJumpToLastPage_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    RawQueries raw(file->db().handle());
    const RawQueries::Filter filter = rawFilterFor(*file, state, false);
    const qint64 total = raw.count(filter);
    const qint64 offset = std::max<qint64>(0, (total - 1) / pageSize * pageSize);
    for (auto _ : state)
        benchmark::DoNotOptimize(raw.pageAt(filter, offset, pageSize));
    state.counters["offset"] = static_cast<double>(offset);
    label(state);
}

/// Scrolling down: each iteration reads the page after the previous one (keyset), from the
/// start again at the end of the queue.
void BM_QueueNextPage(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    QueueRepository queue(file->db());
    const QueueFilter filter = filterFor(*file, state, false);
    std::optional<QueueKey> key;
    for (auto _ : state) {
        auto page = queue.pageAfter(filter, key, pageSize);
        if (!page) {
            state.SkipWithError("query failed");
            return;
        }
        key = page->size() < static_cast<size_t>(pageSize)
                  ? std::nullopt
                  : std::optional(QueueRepository::keyOf(page->back()));
    }
    label(state);
}

void BM_QueueNextPage_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    RawQueries raw(file->db().handle());
    const RawQueries::Filter filter = rawFilterFor(*file, state, false);
    std::optional<RawQueries::Key> key;
    for (auto _ : state) {
        RawQueries::Key last;
        const int rows = raw.pageAfter(filter, key, pageSize, &last);
        key = rows < pageSize ? std::nullopt : std::optional(last);
    }
    label(state);
}

BENCHMARK(BM_QueueFirstPage)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueFirstPage_Raw)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueJumpToLastPage)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueJumpToLastPage_Raw)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueNextPage)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueNextPage_Raw)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueSearch)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);
BENCHMARK(BM_QueueSearch_Raw)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1);

} // namespace
} // namespace baton::bench
