#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "meeting/ActionItem.h"
#include "meeting/ReviewDecision.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The joint review's meeting: decisions and action items recorded next to the numbers of a
/// week, and the action items carried from week to week until they are done or dropped. Every
/// front end goes through here.
///
/// Who may: anyone with a user in the file records decisions and action items (it is both
/// teams' meeting); an item's owner, a sales or marketing manager or an admin changes its status,
/// checked against the version read.
class ReviewMeetingService {
public:
    ReviewMeetingService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Decision {
        QDate week;     ///< a Monday (see ReviewWeeks)
        QString metric; ///< a metric key's name ("acceptance_rate"); empty: none
        QString text;
        std::optional<qint64> definitionVersionId; ///< the definition draft it led to, if any
    };
    /// Records a decision; returns its id. The words are required.
    Result<qint64> decide(const Decision &decision, qint64 actorId);

    struct NewActionItem {
        QDate week;     ///< the Monday of the week it is raised in
        QString metric; ///< a metric key's name; empty: none
        std::optional<qint64> decisionId;
        QString title;
        qint64 ownerId = 0;
        QDate dueOn;
    };
    /// Raises an open action item; returns its id.
    Result<qint64> addActionItem(const NewActionItem &item, qint64 actorId);
    /// Moves the item to `status` if it is still at `expectedVersion`.
    Result<void> setActionStatus(qint64 itemId, ActionStatus status, qint64 actorId, qint64 expectedVersion);

    Result<ReviewDecision> decision(qint64 decisionId);
    Result<ActionItem> actionItem(qint64 itemId);
    /// The week's decisions, oldest first.
    Result<std::vector<ReviewDecision>> decisions(const QDate &week);
    /// The items raised in the week, and those from earlier weeks still open or in progress
    /// (marked carried over); oldest week first.
    Result<std::vector<ActionItem>> actionItems(const QDate &week);
    /// Every item still open or in progress, soonest due first.
    Result<std::vector<ActionItem>> openActionItems();

private:
    static Result<void> checkWeek(const QDate &week);
    static Result<std::optional<MetricKey>> metricNamed(const QString &name);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
