#include "storage/LargeWriteCache.h"

#include "storage/Database.h"

#include <string>

namespace baton {

LargeWriteCache::LargeWriteCache(Database &db, qint64 kibibytes)
    : m_db(db)
{
    auto saved = m_db.queryInt("PRAGMA cache_size");
    if (!saved)
        return; // only slower
    m_saved = *saved;
    m_changed = m_db.exec("PRAGMA cache_size = -" + std::to_string(kibibytes)).ok();
}

LargeWriteCache::~LargeWriteCache()
{
    if (m_changed)
        (void)m_db.exec("PRAGMA cache_size = " + std::to_string(m_saved));
}

} // namespace baton
