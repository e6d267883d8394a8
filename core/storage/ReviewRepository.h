#pragma once

#include "common/Result.h"
#include "domain/LeadComment.h"
#include "domain/RejectionReview.h"
#include "domain/StageChange.h"
#include "storage/ReviewQuery.h"

#include <functional>
#include <optional>
#include <vector>

namespace baton {

class Database;

/// Marketing's review of rejections, and each lead's comment thread.
class ReviewRepository {
public:
    explicit ReviewRepository(Database &db)
        : m_db(db)
    {}

    /// A rejection or disqualification was just stored: its review opens, with the campaign and
    /// score of the handoff it answers.
    Result<qint64> open(const StageChange &change);
    Result<RejectionReview> find(qint64 reviewId);
    /// The review of the lead's latest rejection or disqualification, if it has one.
    Result<std::optional<RejectionReview>> latestFor(qint64 leadId);
    /// Moves the review on; Conflict when it changed since `expectedVersion` was read.
    Result<void> setStatus(qint64 reviewId, ReviewStatus status, const QDateTime &at, qint64 by,
                           qint64 expectedVersion);
    Result<std::vector<RejectionReview>> page(const ReviewQuery &query);

    /// The raw facts of every review in [from, to), oldest first, from the index alone.
    struct Fact {
        qint64 rejectedAt = 0; ///< seconds since the epoch
        Stage stage = Stage::Rejected;
        QString reasonCode;
        qint64 campaignId = 0; ///< 0: none
        std::optional<int> totalScore;
        qint64 rejectedBy = 0; ///< 0: nobody recorded
        ReviewStatus status = ReviewStatus::Open;
    };
    Result<void> forEachFact(const QDateTime &from, const QDateTime &to,
                             const std::function<void(const Fact &)> &visit);

    Result<qint64> addComment(const LeadComment &comment);
    Result<std::vector<LeadComment>> comments(qint64 leadId);

private:
    Database &m_db;
};

} // namespace baton
