#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/LeadComment.h"
#include "domain/RejectionReview.h"
#include "domain/Role.h"
#include "storage/ReviewQuery.h"

#include <QDate>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// Marketing's side of a rejection: acknowledge it, dispute it (the sales manager then upholds
/// it or reopens the lead into the queue), or take the lead back to nurture; and one comment
/// thread per lead that both teams read. Every step is checked against the version read, and
/// written with its words in the thread.
///
/// Who may: a marketing manager (or an admin) acknowledges, disputes and recycles; a sales
/// manager (or an admin) resolves a dispute; anyone comments.
class RejectionReviewService {
public:
    RejectionReviewService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    Result<RejectionReview> find(qint64 reviewId);
    Result<std::vector<RejectionReview>> list(const ReviewQuery &query);
    /// The lead's thread, oldest first.
    Result<std::vector<LeadComment>> thread(qint64 leadId);

    /// Open -> acknowledged: the reason stands. The note is optional.
    Result<void> acknowledge(qint64 reviewId, qint64 actorId, const QString &note, qint64 expectedVersion);
    /// Open or acknowledged -> disputed, with the comment that says why (required).
    Result<void> dispute(qint64 reviewId, qint64 actorId, const QString &comment, qint64 expectedVersion);
    enum class Resolution { Uphold, Reopen };
    /// Disputed -> upheld (the rejection stands) or reopened (the lead is back in its owner's queue,
    /// mql); the comment is required.
    Result<void> resolve(qint64 reviewId, qint64 actorId, Resolution resolution, const QString &comment,
                         qint64 expectedVersion);
    /// Open, acknowledged or upheld -> recycled: the lead goes back to nurture with a reason from
    /// the recycling taxonomy and the date to revisit it.
    Result<void> recycle(qint64 reviewId, qint64 actorId, const QString &reasonCode, const QString &note,
                         const QDate &revisitOn, qint64 expectedVersion);
    Result<qint64> comment(qint64 leadId, qint64 actorId, const QString &body);

private:
    Result<void> requireRole(qint64 actorId, std::initializer_list<Role> roles, const QString &what);
    Result<RejectionReview> loadFor(qint64 reviewId, qint64 expectedVersion,
                                    std::initializer_list<ReviewStatus> from, const QString &what);
    Result<void> step(const RejectionReview &review, ReviewStatus to, qint64 actorId, const QString &words);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
