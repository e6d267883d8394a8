#include "BenchFile.h"
#include "RawQueries.h"
#include "storage/LeadRepository.h"

#include <benchmark/benchmark.h>

// The context card of an open lead, picked at random (the same sequence every run).

namespace baton::bench {
namespace {

qint64 pickOpenLead(const BenchFile &file, quint64 &state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const auto &open = file.openLeads();
    return open[(state >> 33U) % open.size()];
}

void BM_LeadCard(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    LeadRepository leads(file->db());
    quint64 random = 7;
    qint64 events = 0;
    for (auto _ : state) {
        auto card = leads.card(pickOpenLead(*file, random));
        if (!card) {
            state.SkipWithError(qPrintable(card.error().message));
            return;
        }
        events += card->story.totalEvents();
    }
    state.counters["events/card"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}

void BM_LeadCard_Raw(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    RawQueries raw(file->db().handle());
    quint64 random = 7;
    qint64 rows = 0;
    for (auto _ : state)
        rows += raw.card(pickOpenLead(*file, random));
    state.counters["rows/card"] = static_cast<double>(rows) / static_cast<double>(state.iterations());
}

BENCHMARK(BM_LeadCard)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LeadCard_Raw)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace baton::bench
