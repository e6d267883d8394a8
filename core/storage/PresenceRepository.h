#pragma once

#include "common/Result.h"
#include "domain/Presence.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace baton {

class Database;

/// Who has the file open: one row per running desktop app (host and process), written when it
/// opens the file and on each heartbeat, removed when it closes. A row whose heartbeat is older
/// than two minutes is an app that ended without closing (a crash, a lost network): ignored, and
/// cleared by the next heartbeat.
class PresenceRepository {
public:
    static constexpr qint64 expirySeconds = 120;

    explicit PresenceRepository(Database &db)
        : m_db(db)
    {}

    /// Records (or refreshes) this app's row for the user, and clears rows that have expired.
    Result<void> beat(qint64 userId, const QString &host, qint64 pid, const QDateTime &now);
    /// Removes this app's row.
    Result<void> leave(const QString &host, qint64 pid);
    /// Everyone whose heartbeat is fresh at `now`, except the app on host/pid; by name.
    Result<std::vector<Presence>> others(const QString &host, qint64 pid, const QDateTime &now);
    /// Everyone whose heartbeat is fresh at `now`, by name.
    Result<std::vector<Presence>> all(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace baton
