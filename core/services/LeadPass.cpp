#include "services/LeadPass.h"

#include "storage/DatabaseOpener.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace baton {
namespace {

constexpr qint64 leadsPerRangeAtLeast = 50'000;
constexpr int maxRanges = 4;

/// What every range shares: how far each has read, the stop flag, the first error.
struct Shared {
    explicit Shared(int ranges)
        : positions(static_cast<size_t>(ranges))
    {}

    std::vector<std::atomic<qint64>> positions; ///< ids read so far, per range
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    int running = 0;
    std::optional<Error> error;

    qint64 done() const
    {
        qint64 sum = 0;
        for (const auto &position : positions)
            sum += position.load(std::memory_order_relaxed);
        return sum;
    }
    void fail(Error failure)
    {
        const std::lock_guard lock(mutex);
        if (!error)
            error = std::move(failure);
        stop = true;
    }
};

/// Reads one range of ids; `onLead` is told each lead's id after its visit.
template<typename OnLead>
Result<void> readRange(Database &db, const LeadSelection &selection, std::pair<qint64, qint64> ids, int range,
                       const LeadPass::Visit &visit, const TaskControl &control, Shared &shared,
                       OnLead onLead)
{
    auto stream = LeadEventStream::open(db, selection, ids.first, ids.second);
    if (!stream)
        return stream.error();
    LeadWithEvents lead;
    while (!shared.stop && !control.cancelled()) {
        auto more = selection.eventsOnDemand ? stream->nextLead(lead) : stream->next(lead);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (!visit(range, db, lead, *stream)) {
            shared.stop = true;
            break;
        }
        shared.positions[static_cast<size_t>(range)].store(lead.lead.id - ids.first + 1,
                                                           std::memory_order_relaxed);
        onLead(lead.lead.id);
    }
    if (!shared.stop && !control.cancelled())
        shared.positions[static_cast<size_t>(range)].store(ids.second - ids.first + 1);
    return {};
}

} // namespace

int LeadPass::rangesFor(qint64 leads)
{
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const auto bySize = static_cast<int>(std::max<qint64>(1, leads / leadsPerRangeAtLeast));
    return std::clamp(std::min(cores, bySize), 1, maxRanges);
}

Result<int> LeadPass::rangesFor(Database &db)
{
    auto span = LeadEventStream::idRange(db);
    if (!span)
        return span.error();
    return *span ? rangesFor((*span)->second - (*span)->first + 1) : 1;
}

Result<void> LeadPass::run(Database &db, const LeadSelection &selection, int ranges, const Visit &visit,
                           const TaskControl &control)
{
    auto span = LeadEventStream::idRange(db);
    if (!span)
        return span.error();
    if (!*span)
        return {};
    // Plain variables, not a structured binding: clang before 16 cannot capture one in a lambda.
    const qint64 first = (**span).first;
    const qint64 last = (**span).second;
    const qint64 total = last - first + 1;
    ranges = static_cast<int>(std::clamp<qint64>(ranges, 1, total));
    Shared shared(ranges);
    control.report(0, total);

    if (ranges == 1) {
        qint64 visited = 0;
        BATON_TRY(readRange(db, selection, {first, last}, 0, visit, control, shared, [&](qint64 id) {
            if (++visited % 4096 == 0)
                control.report(id - first + 1, total);
        }));
        if (!control.cancelled())
            control.report(total, total);
        return {};
    }

    const qint64 width = (total + ranges - 1) / ranges;
    std::vector<std::thread> threads;
    shared.running = ranges;
    for (int range = 0; range < ranges; ++range) {
        const std::pair<qint64, qint64> ids{first + range * width,
                                            std::min(last, first + (range + 1) * width - 1)};
        threads.emplace_back([&, range, ids] {
            auto connection = DatabaseOpener::open(db.path(), DatabaseOpener::Mode::ReadOnly);
            Result<void> result = connection ? Result<void>() : Result<void>(connection.error());
            if (connection) {
                result =
                    readRange(**connection, selection, ids, range, visit, control, shared, [](qint64) {});
            }
            if (!result)
                shared.fail(result.error());
            const std::lock_guard lock(shared.mutex);
            --shared.running;
            shared.finished.notify_all();
        });
    }
    {
        std::unique_lock lock(shared.mutex);
        while (shared.running > 0) {
            shared.finished.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            control.report(shared.done(), total);
            lock.lock();
        }
    }
    for (std::thread &thread : threads)
        thread.join();
    if (shared.error)
        return *shared.error;
    if (!control.cancelled())
        control.report(shared.done(), total);
    return {};
}

} // namespace baton
