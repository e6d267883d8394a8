#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace baton {

/// Times are stored as INTEGER unix seconds (UTC), readable by any SQLite tool
/// with datetime(col, 'unixepoch').
inline qint64 toStored(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

inline QDateTime fromStored(qint64 seconds)
{
    // Qt::UTC rather than QTimeZone::utc(): no time zone object per value read.
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace baton
