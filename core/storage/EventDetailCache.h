#pragma once

#include "common/Result.h"
#include "storage/Statement.h"

#include <QString>

#include <unordered_map>

namespace baton {

class Database;

/// The text of event details by their id in event_details, for the passes that read events from
/// the index alone: each distinct detail is read once, and handed out as a shared QString (no copy
/// per event). Bounded: past `capacity` texts it starts again, so a file whose every event has
/// its own detail costs a lookup an event, never unbounded memory.
class EventDetailCache {
public:
    static Result<EventDetailCache> open(Database &db, size_t capacity = 200'000);

    /// The text with that id; an empty string for an id no row has.
    Result<QString> text(qint64 id);

private:
    EventDetailCache(Statement lookup, size_t capacity)
        : m_lookup(std::move(lookup))
        , m_capacity(capacity)
    {}

    Statement m_lookup;
    size_t m_capacity;
    std::unordered_map<qint64, QString> m_texts;
};

} // namespace baton
