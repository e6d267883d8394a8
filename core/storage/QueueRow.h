#pragma once

#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

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
    std::optional<QDateTime> dueAt; ///< the running response clock's due time; none once it stopped
    qint64 rank = 0;                ///< its place in queue order (leads.queue_rank)
    qint64 version = 0;
    bool movedWithoutContact = false; ///< its stage moved on from mql or sal with no meaningful contact
    QString opportunityResult;        ///< a converted lead's opportunity: "won", "lost", empty while open
};

/// The position of a row in queue order (most urgent first: running clocks by due time, then
/// the rest by handoff; then id), for keyset paging.
struct QueueKey {
    qint64 rank = 0;
    qint64 id = 0;
    bool operator==(const QueueKey &) const = default;
};

} // namespace baton
