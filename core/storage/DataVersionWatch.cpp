#include "storage/DataVersionWatch.h"

#include "storage/Database.h"

namespace baton {
namespace {

Result<qint64> dataVersion(Database &db)
{
    auto statement = db.cached("PRAGMA data_version");
    if (!statement)
        return statement.error();
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    const qint64 version = *row ? (*statement)->int64(0) : 0;
    (*statement)->reset();
    return version;
}

} // namespace

Result<DataVersionWatch> DataVersionWatch::start(Database &db)
{
    auto version = dataVersion(db);
    if (!version)
        return version.error();
    return DataVersionWatch(db, *version);
}

Result<bool> DataVersionWatch::changed()
{
    auto version = dataVersion(*m_db);
    if (!version)
        return version.error();
    const bool differs = *version != m_seen;
    m_seen = *version;
    return differs;
}

} // namespace baton
