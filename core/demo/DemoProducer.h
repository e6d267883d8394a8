#pragma once

#include "demo/DemoLeadRecord.h"

#include <QtGlobal>

#include <array>
#include <condition_variable>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace baton {

class DemoLeadBuilder;

/// Builds batches of demo leads on a second thread while the caller writes the previous
/// batch: building and SQLite's work overlap. Batches come out in lead order.
class DemoProducer {
public:
    DemoProducer(const DemoLeadBuilder &builder, qint64 total, size_t batchSize);
    DemoProducer(const DemoProducer &) = delete;
    DemoProducer &operator=(const DemoProducer &) = delete;
    ~DemoProducer();

    /// The next batch (empty after the last). It stays valid until the next call.
    std::span<const DemoLeadRecord> next();

private:
    static constexpr size_t slotCount = 3;
    struct Slot {
        std::vector<DemoLeadRecord> records;
        size_t count = 0;
        bool full = false;
    };

    void run();
    void stop();

    const DemoLeadBuilder &m_builder;
    const qint64 m_total;
    const size_t m_batchSize;
    std::array<Slot, slotCount> m_slots;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_reading = 0;   ///< batches handed to the caller
    bool m_holding = false; ///< the caller holds slot (m_reading - 1)
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace baton
