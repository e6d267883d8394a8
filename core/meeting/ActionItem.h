#pragma once

#include "meeting/ActionStatus.h"
#include "metrics/MetricKey.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// A task the joint review gave one person, with a due date; it stays on the review's list week
/// after week until it is done or dropped. Its status is changed against the version read.
struct ActionItem {
    qint64 id = 0;
    QDate week; ///< the Monday of the week it was raised in
    std::optional<MetricKey> metric;
    std::optional<qint64> decisionId;
    QString title;
    qint64 ownerId = 0;
    QDate dueOn;
    ActionStatus status = ActionStatus::Open;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime statusAt; ///< invalid until the status first changes
    std::optional<qint64> statusBy;
    qint64 version = 1;
    /// Raised in an earlier week than the one asked for, and still open: carried over.
    bool carriedOver = false;
    // Filled when read, for display.
    QString ownerName;
    QString statusByName;
};

} // namespace baton
