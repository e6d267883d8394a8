#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "review/ReasonCount.h"
#include "review/ReviewRequest.h"
#include "services/MetricsService.h"

#include <QString>

#include <vector>

namespace baton {

class Database;

/// Everything the Review page shows for one request: the review, its breakdowns by owner and by
/// campaign, and the period's rejection reasons with their labels.
struct ReviewNumbers {
    ReviewRequest request;
    ReviewMetrics review;
    std::vector<GroupMetrics> owners;
    std::vector<GroupMetrics> campaigns;
    std::vector<ReasonCount> reasons; ///< most first

    /// Counts them on a connection of its own to the file at `path` (for a task's thread).
    static Result<ReviewNumbers> count(const QString &path, const Clock &clock, const ReviewRequest &request);
    /// Counts them on `db`.
    static Result<ReviewNumbers> count(Database &db, const Clock &clock, const ReviewRequest &request);
};

} // namespace baton
