#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "meeting/ActionItem.h"
#include "meeting/ReviewDecision.h"
#include "review/ReviewNumbers.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The joint review of one week as it is sent to people who were not in the meeting: the
/// numbers the Review page shows, the names behind its filter, and the week's decisions and
/// action items (with those carried over from earlier weeks).
struct ReviewDocument {
    ReviewNumbers numbers;
    QDate week; ///< the Monday the request's period starts on, in its time zone
    /// The filter's campaign, owner and team by name; unset when the review is not narrowed by
    /// it. A campaign filter of 0 (handoffs without a campaign) has an empty name.
    std::optional<QString> campaign;
    std::optional<QString> owner;
    std::optional<QString> team;
    std::vector<ReviewDecision> decisions;
    std::vector<ActionItem> actionItems;
    QDateTime generatedAt;

    /// The document of numbers already counted: the meeting's records and the filter's names
    /// are read from `db`.
    static Result<ReviewDocument> assemble(Database &db, const Clock &clock, ReviewNumbers numbers);
    /// Counts the numbers of `request` and assembles them, on a connection of its own to the
    /// file at `path` (for a task's thread or a command).
    static Result<ReviewDocument> count(const QString &path, const Clock &clock,
                                        const ReviewRequest &request);
};

} // namespace baton
