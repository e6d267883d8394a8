#include "BenchFile.h"
#include "common/FixedClock.h"
#include "metrics/ReviewWeeks.h"
#include "review/ReviewDocument.h"
#include "review/ReviewPdf.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

// The joint review of the quarter's last week as a PDF, end to end: the week's numbers counted
// (with the week before, the weekly series and the breakdowns by owner and campaign), the
// meeting's records read, and the tables and six charts written to the file.

namespace baton::bench {
namespace {

void BM_ReviewPdf_LastWeek(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const FixedClock clock(BenchFile::demoNow());
    const QTimeZone zone = QTimeZone::utc();
    // The last whole week before "now".
    const QDate monday = ReviewWeeks::mondayOf(BenchFile::demoNow(), zone).addDays(-7);
    ReviewRequest request;
    request.zone = zone;
    request.from = ReviewWeeks::start(monday, zone);
    request.to = ReviewWeeks::start(monday.addDays(7), zone);
    const QString path = QDir::temp().filePath(QStringLiteral("baton-bench-review.pdf"));
    int pages = 0;
    int handedOver = 0;
    for (auto _ : state) {
        auto document = ReviewDocument::count(file->path(), clock, request);
        if (!document) {
            state.SkipWithError(qPrintable(document.error().message));
            return;
        }
        auto written = ReviewPdf(*document).write(path);
        if (!written) {
            state.SkipWithError(qPrintable(written.error().message));
            return;
        }
        pages = *written;
        handedOver = document->numbers.review.current.handedOver;
    }
    state.counters["pages"] = pages;
    state.counters["handoffs"] = handedOver;
    state.counters["bytes"] = static_cast<double>(QFile(path).size());
    QFile::remove(path);
}
BENCHMARK(BM_ReviewPdf_LastWeek)->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace baton::bench
