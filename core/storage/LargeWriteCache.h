#pragma once

#include <QtGlobal>

namespace baton {

class Database;

/// For one large write transaction (a re-evaluation handing over thousands of leads): a page
/// cache big enough to hold the pages it dirties, so that SQLite need not spill them to the
/// log and read them back; the connection's own size comes back when it goes out of scope.
class LargeWriteCache {
public:
    explicit LargeWriteCache(Database &db, qint64 kibibytes = qint64{256} * 1024);
    LargeWriteCache(const LargeWriteCache &) = delete;
    LargeWriteCache &operator=(const LargeWriteCache &) = delete;
    ~LargeWriteCache();

private:
    Database &m_db;
    qint64 m_saved = 0;
    bool m_changed = false;
};

} // namespace baton
