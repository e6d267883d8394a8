#pragma once

#include "common/Result.h"
#include "meeting/ActionItem.h"
#include "meeting/ReviewDecision.h"

#include <vector>

namespace baton {

class Database;

/// The joint review's decisions and action items. No rules here: ReviewMeetingService decides
/// who may do what.
class MeetingRepository {
public:
    explicit MeetingRepository(Database &db)
        : m_db(db)
    {}

    /// Stores a new decision; returns its id.
    Result<qint64> insertDecision(const ReviewDecision &decision);
    Result<ReviewDecision> findDecision(qint64 id);
    /// The decisions of the week starting on `monday`, oldest first.
    Result<std::vector<ReviewDecision>> decisions(const QDate &monday);

    /// Stores a new action item (open, version 1); returns its id.
    Result<qint64> insertItem(const ActionItem &item);
    Result<ActionItem> findItem(qint64 id);
    /// The items raised before the week starting on `monday` that are still open or in progress,
    /// and those raised in it; oldest week first.
    Result<std::vector<ActionItem>> itemsOfWeek(const QDate &monday);
    /// Every item still open or in progress, soonest due first.
    Result<std::vector<ActionItem>> openItems();
    /// Moves the item on; Conflict when it changed since `expectedVersion` was read.
    Result<void> setItemStatus(qint64 id, ActionStatus status, const QDateTime &at, qint64 by,
                               qint64 expectedVersion);

    /// Whether the definition version with this id is in the file.
    Result<bool> definitionVersionExists(qint64 id);

private:
    Database &m_db;
};

} // namespace baton
