#pragma once

#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

namespace baton {

/// One line of a queue: enough to list a lead, not to show its card.
struct QueueRow {
    qint64 id = 0;
    QString name;
    QString title;
    QString company;
    QString email;
    Stage stage = Stage::Mql;
    QString campaign;
    QDateTime handoffAt;
    qint64 version = 0;
};

/// The position of a row in queue order (oldest handoff first, then id), for keyset paging.
struct QueueKey {
    qint64 handoffAt = 0; ///< unix seconds
    qint64 id = 0;
    bool operator==(const QueueKey &) const = default;
};

} // namespace baton
