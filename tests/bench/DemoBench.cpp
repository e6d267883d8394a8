#include "BenchFile.h"
#include "demo/DemoGenerator.h"
#include "storage/DatabaseOpener.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace baton::bench {
namespace {

/// Demo generation into a new file (leads with events, history, activities): leads/s.
/// $BATON_BENCH_GEN_LEADS leads per run (default 100,000).
void BM_DemoGenerate(benchmark::State &state)
{
    const QByteArray env = qgetenv("BATON_BENCH_GEN_LEADS");
    const qint64 leads = env.isEmpty() ? 100000 : env.toLongLong();
    qint64 events = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = DatabaseOpener::open(dir.filePath(QStringLiteral("demo.baton")));
        if (!db) {
            state.SkipWithError(qPrintable(db.error().message));
            return;
        }
        DemoOptions options;
        options.leads = leads;
        options.seed = 1;
        options.now = BenchFile::demoNow();
        auto summary = DemoGenerator::generate(**db, options);
        if (!summary) {
            state.SkipWithError(qPrintable(summary.error().message));
            return;
        }
        state.SetIterationTime(summary->seconds);
        events = summary->events;
    }
    state.counters["leads/s"] = benchmark::Counter(
        static_cast<double>(leads) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["events/lead"] = static_cast<double>(events) / static_cast<double>(leads);
}
BENCHMARK(BM_DemoGenerate)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

} // namespace
} // namespace baton::bench
