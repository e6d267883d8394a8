#include "storage/EventDetailCache.h"

#include "storage/Database.h"

namespace baton {

Result<EventDetailCache> EventDetailCache::open(Database &db, size_t capacity)
{
    auto lookup = db.prepare("SELECT text FROM event_details WHERE id = ?1");
    if (!lookup)
        return lookup.error();
    return EventDetailCache(std::move(lookup).value(), capacity);
}

Result<QString> EventDetailCache::text(qint64 id)
{
    if (auto found = m_texts.find(id); found != m_texts.end())
        return found->second;
    m_lookup.bind(1, id);
    auto row = m_lookup.step();
    if (!row)
        return row.error();
    QString text = *row ? m_lookup.text(0) : QString();
    m_lookup.reset();
    if (m_texts.size() >= m_capacity)
        m_texts.clear();
    m_texts.emplace(id, text);
    return text;
}

} // namespace baton
