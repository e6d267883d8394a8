#pragma once

#include "storage/QueueRow.h"

#include <QtGlobal>

#include <vector>

namespace baton {

/// The few blocks of queue rows a view keeps in memory; the least recently used block
/// goes when a new one arrives and the cache is full, so memory stays bounded however far
/// the view scrolls.
class QueueBlockCache {
public:
    using Block = std::vector<QueueRow>;

    explicit QueueBlockCache(int capacity);

    /// The block, marked as just used; nullptr when it is not cached.
    const Block *find(int blockIndex);
    /// The block without marking it used (for looking at a neighbour).
    const Block *peek(int blockIndex) const;
    /// Stores a block, evicting the least recently used one when full.
    const Block &insert(int blockIndex, Block rows);
    void clear();

    int size() const { return static_cast<int>(m_entries.size()); }
    int capacity() const { return m_capacity; }

private:
    struct Entry {
        int index = 0;
        quint64 lastUse = 0;
        Block rows;
    };

    int m_capacity;
    quint64 m_clock = 0;
    std::vector<Entry> m_entries;
};

} // namespace baton
