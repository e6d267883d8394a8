#include "agreement/Scorer.h"

#include <benchmark/benchmark.h>

#include <array>
#include <vector>

// Scoring alone, in memory: the definition's defaults over 10,000 synthetic leads with 13 events
// each (the shape of a typical lead in the demo data). Target: >= 2,000,000 leads/s on one core.

namespace baton::bench {
namespace {

struct ScoredLead {
    Lead lead;
    std::vector<EngagementEvent> events;
};

quint64 next(quint64 &state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33U;
}

template<typename T, size_t N>
const T &pick(const std::array<T, N> &values, quint64 &state)
{
    return values[next(state) % N];
}

const QDateTime benchNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

std::vector<ScoredLead> syntheticLeads(size_t count)
{
    static const std::array<QString, 6> industries{"Software",      "Financial Services",  "Healthcare",
                                                   "Manufacturing", "Retail & E-commerce", "Education"};
    static const std::array<QString, 5> titles{"VP Marketing", "Head of Sales Operations", "CTO",
                                               "Marketing Manager", "Software Engineer"};
    static const std::array<QString, 6> seniorities{"c_level", "vp",         "director",
                                                    "manager", "individual", "student"};
    static const std::array<QString, 4> regions{"NA", "EMEA", "APAC", "LATAM"};
    static const std::array<QString, 8> pages{"/",
                                              "/pricing",
                                              "/product",
                                              "/product/lead-routing",
                                              "/blog/sla-benchmarks",
                                              "/customers",
                                              "/integrations/hubspot",
                                              "/pricing/enterprise"};
    static const std::array<EventType, 8> types{
        EventType::PageView,   EventType::PageView,        EventType::PageView,        EventType::EmailOpen,
        EventType::EmailClick, EventType::ContentDownload, EventType::WebinarAttended, EventType::FormSubmit};
    quint64 random = 42;
    std::vector<ScoredLead> leads(count);
    for (ScoredLead &scored : leads) {
        Lead &lead = scored.lead;
        lead.company.industry = pick(industries, random);
        lead.company.employees = static_cast<qint64>(10 + next(random) % 20'000);
        lead.company.annualRevenue = lead.company.employees * 150'000;
        lead.company.region = pick(regions, random);
        lead.company.country = QStringLiteral("US");
        lead.person.title = pick(titles, random);
        lead.person.seniority = pick(seniorities, random);
        for (int i = 0; i < 13; ++i) {
            EngagementEvent event;
            event.type = next(random) % 100 == 0 ? EventType::DemoRequest : pick(types, random);
            event.occurredAt = benchNow.addSecs(-static_cast<qint64>(next(random) % (120 * 86'400)));
            if (event.type == EventType::PageView)
                event.detail = pick(pages, random);
            scored.events.push_back(std::move(event));
        }
    }
    return leads;
}

const std::vector<ScoredLead> &leads()
{
    static const std::vector<ScoredLead> all = syntheticLeads(10'000);
    return all;
}

void BM_ScoreLead(benchmark::State &state)
{
    const Scorer scorer(Definition::defaults());
    const auto &all = leads();
    size_t index = 0;
    for (auto _ : state) {
        const ScoredLead &scored = all[index];
        benchmark::DoNotOptimize(scorer.totalPoints(scored.lead, scored.events, benchNow));
        index = index + 1 == all.size() ? 0 : index + 1;
    }
    state.counters["leads/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_ScoreLeadExplained(benchmark::State &state)
{
    const Scorer scorer(Definition::defaults());
    const auto &all = leads();
    size_t index = 0;
    for (auto _ : state) {
        const ScoredLead &scored = all[index];
        FitScore fit = scorer.fit(scored.lead);
        EngagementScore engagement = scorer.engagement(scored.events, benchNow);
        benchmark::DoNotOptimize(fit);
        benchmark::DoNotOptimize(engagement);
        index = index + 1 == all.size() ? 0 : index + 1;
    }
    state.counters["leads/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_ScoreLead);
BENCHMARK(BM_ScoreLeadExplained);

} // namespace
} // namespace baton::bench
