#include "demo/DemoProducer.h"

#include "demo/DemoLeadBuilder.h"

namespace baton {

DemoProducer::DemoProducer(const DemoLeadBuilder &builder, qint64 total, size_t batchSize)
    : m_builder(builder)
    , m_total(total)
    , m_batchSize(batchSize)
{
    for (Slot &slot : m_slots)
        slot.records.resize(batchSize);
    m_thread = std::thread([this] { run(); });
}

DemoProducer::~DemoProducer()
{
    stop();
}

void DemoProducer::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DemoProducer::run()
{
    qint64 next = 0;
    for (size_t batch = 0; next < m_total; ++batch) {
        Slot &slot = m_slots[batch % slotCount];
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stopping || !slot.full; });
            if (m_stopping)
                return;
        }
        // The slot is ours until it is marked full: build without the lock.
        size_t count = 0;
        for (; count < m_batchSize && next < m_total; ++count, ++next)
            m_builder.build(next, next + 1, slot.records[count]);
        {
            const std::lock_guard lock(m_mutex);
            slot.count = count;
            slot.full = true;
        }
        m_changed.notify_all();
    }
}

std::span<const DemoLeadRecord> DemoProducer::next()
{
    const qint64 batches =
        (m_total + static_cast<qint64>(m_batchSize) - 1) / static_cast<qint64>(m_batchSize);
    std::unique_lock lock(m_mutex);
    if (m_holding) {
        m_slots[(m_reading - 1) % slotCount].full = false; // give the previous batch back
        m_holding = false;
        m_changed.notify_all();
    }
    if (static_cast<qint64>(m_reading) >= batches)
        return {};
    Slot &slot = m_slots[m_reading % slotCount];
    m_changed.wait(lock, [&] { return slot.full; });
    ++m_reading;
    m_holding = true;
    return {slot.records.data(), slot.count};
}

} // namespace baton
