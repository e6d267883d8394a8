#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace baton {

/// Someone who has the file open in the desktop app, as its last heartbeat said.
struct Presence {
    qint64 userId = 0;
    QString name;
    Role role = Role::Sdr;
    QString host;
    qint64 pid = 0;
    QDateTime heartbeatAt;
};

} // namespace baton
