#include "queue/QueueBlockCache.h"

#include <algorithm>

namespace baton {

QueueBlockCache::QueueBlockCache(int capacity)
    : m_capacity(std::max(1, capacity))
{
    m_entries.reserve(static_cast<size_t>(m_capacity));
}

const QueueBlockCache::Block *QueueBlockCache::find(int blockIndex)
{
    for (Entry &entry : m_entries) {
        if (entry.index == blockIndex) {
            entry.lastUse = ++m_clock;
            return &entry.rows;
        }
    }
    return nullptr;
}

const QueueBlockCache::Block *QueueBlockCache::peek(int blockIndex) const
{
    for (const Entry &entry : m_entries) {
        if (entry.index == blockIndex)
            return &entry.rows;
    }
    return nullptr;
}

const QueueBlockCache::Block &QueueBlockCache::insert(int blockIndex, Block rows)
{
    for (Entry &entry : m_entries) {
        if (entry.index == blockIndex) {
            entry.rows = std::move(rows);
            entry.lastUse = ++m_clock;
            return entry.rows;
        }
    }
    if (size() >= m_capacity) {
        auto oldest = std::min_element(m_entries.begin(), m_entries.end(),
                                       [](const Entry &a, const Entry &b) { return a.lastUse < b.lastUse; });
        *oldest = Entry{blockIndex, ++m_clock, std::move(rows)};
        return oldest->rows;
    }
    m_entries.push_back(Entry{blockIndex, ++m_clock, std::move(rows)});
    return m_entries.back().rows;
}

void QueueBlockCache::clear()
{
    m_entries.clear();
}

} // namespace baton
