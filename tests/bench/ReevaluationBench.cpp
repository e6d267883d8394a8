#include "BenchFile.h"
#include "RawQueries.h"
#include "common/FixedClock.h"
#include "services/AgreementService.h"
#include "services/ImpactPreviewService.h"
#include "services/ReevaluationService.h"
#include "storage/DatabaseOpener.h"
#include "storage/Time.h"
#include "storage/UserRepository.h"

#include <QFile>

#include <benchmark/benchmark.h>

// Re-evaluating every lead marketing holds against the effective definition, end to end (read,
// score, write), and the impact preview of a draft over 12 weeks; beside them, the bare reads.

namespace baton::bench {
namespace {

/// Re-evaluation under the definition the demo was made with: every nurture lead is read and
/// scored and none crosses, so the file is left as it was and the run can repeat.
void BM_Reevaluate_AllNurtureLeads(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    FixedClock clock(BenchFile::demoNow());
    ReevaluationService service(file->db(), clock);
    qint64 evaluated = 0;
    for (auto _ : state) {
        auto run = service.run(std::nullopt);
        if (!run) {
            state.SkipWithError(qPrintable(run.error().message));
            return;
        }
        evaluated = run->evaluated;
    }
    state.counters["leads"] = static_cast<double>(evaluated);
    state.counters["leads/s"] =
        benchmark::Counter(static_cast<double>(evaluated) * state.iterations(), benchmark::Counter::kIsRate);
}

/// The same rows read through the bare C API: the floor.
void BM_Reevaluate_AllNurtureLeads_RawReads(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    RawQueries raw(file->db().handle());
    qint64 events = 0;
    for (auto _ : state)
        events = raw.reevaluationReads();
    state.counters["events"] = static_cast<double>(events);
}

/// A newly signed version with a lower bar: the nurture leads that now meet it are handed over in
/// one transaction. Runs once, on a copy of the bench file.
void BM_Reevaluate_NewVersionHandsOver(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    const QString copy = file->path() + QStringLiteral(".rescore");
    QFile::remove(copy);
    if (!QFile::copy(file->path(), copy)) {
        state.SkipWithError("cannot copy the bench file");
        return;
    }
    auto db = DatabaseOpener::open(copy, DatabaseOpener::Mode::MustExist);
    if (!db) {
        state.SkipWithError(qPrintable(db.error().message));
        return;
    }
    FixedClock clock(BenchFile::demoNow());
    AgreementService agreement(**db, clock);
    Definition lower = Definition::defaults();
    lower.mqlRule.minEngagement = 15;
    const auto users = UserRepository(**db).all();
    if (!users) {
        state.SkipWithError(qPrintable(users.error().message));
        return;
    }
    qint64 marketing = 0;
    qint64 sales = 0;
    for (const User &user : *users) {
        if (user.role == Role::MarketingManager && marketing == 0)
            marketing = user.id;
        if (user.role == Role::SalesManager && sales == 0)
            sales = user.id;
    }
    auto m = agreement.importDraft(DefinitionTeam::Marketing, lower, marketing);
    auto s = m ? agreement.importDraft(DefinitionTeam::Sales, lower, sales) : m;
    auto p = s ? agreement.propose(m->number, s->number, std::nullopt, sales) : s;
    auto first = p ? agreement.sign(p->number, marketing) : p;
    auto second = first ? agreement.sign(p->number, sales) : first;
    if (!second) {
        state.SkipWithError(qPrintable(second.error().message));
        return;
    }

    ReevaluationService service(**db, clock);
    qint64 evaluated = 0;
    qint64 handedOver = 0;
    for (auto _ : state) {
        auto run = service.run(std::nullopt);
        if (!run) {
            state.SkipWithError(qPrintable(run.error().message));
            break;
        }
        evaluated = run->evaluated;
        handedOver = run->handedOver;
    }
    state.counters["leads"] = static_cast<double>(evaluated);
    state.counters["handed over"] = static_cast<double>(handedOver);
    db->reset();
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
}

/// The impact preview of a stricter draft over the 12 weeks of demo history.
void BM_ImpactPreview_12Weeks(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    FixedClock clock(BenchFile::demoNow());
    Definition draft = Definition::defaults();
    draft.mqlRule.minFit = 60;
    ImpactPreviewService service(file->db(), clock);
    qint64 handed = 0;
    for (auto _ : state) {
        auto preview = service.preview(draft, -1, 12);
        if (!preview) {
            state.SkipWithError(qPrintable(preview.error().message));
            return;
        }
        handed = preview->actualHandoffs;
    }
    state.counters["handoffs in window"] = static_cast<double>(handed);
}

/// What the preview asks of the same leads, read the plain way through the bare C API on one
/// thread: each lead's row, then its events with type and detail. The limit to compare with.
void BM_ImpactPreview_12Weeks_RawReads(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    RawQueries raw(file->db().handle());
    const qint64 to = toStored(BenchFile::demoNow());
    const qint64 from = to - qint64{12} * 7 * 86'400;
    qint64 events = 0;
    for (auto _ : state)
        events = raw.previewReads(from, to);
    state.counters["events"] = static_cast<double>(events);
}

BENCHMARK(BM_Reevaluate_AllNurtureLeads)->Unit(benchmark::kSecond)->Iterations(2);
BENCHMARK(BM_Reevaluate_AllNurtureLeads_RawReads)->Unit(benchmark::kSecond)->Iterations(2);
BENCHMARK(BM_Reevaluate_NewVersionHandsOver)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(BM_ImpactPreview_12Weeks)->Unit(benchmark::kSecond)->Iterations(3);
BENCHMARK(BM_ImpactPreview_12Weeks_RawReads)->Unit(benchmark::kSecond)->Iterations(2);

} // namespace
} // namespace baton::bench
