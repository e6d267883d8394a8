#include "review/ReviewNumbers.h"

#include "feedback/FeedbackLabels.h"
#include "storage/DatabaseOpener.h"

namespace baton {

Result<ReviewNumbers> ReviewNumbers::count(const QString &path, const Clock &clock,
                                           const ReviewRequest &request)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    return count(**database, clock, request);
}

Result<ReviewNumbers> ReviewNumbers::count(Database &db, const Clock &clock, const ReviewRequest &request)
{
    MetricsService metrics(db, clock);
    auto review = metrics.review(request.from, request.to, request.zone, request.filter);
    if (!review)
        return review.error();
    auto owners = metrics.breakdown(request.from, request.to, request.filter, ReviewGrouping::Owner);
    if (!owners)
        return owners.error();
    auto campaigns = metrics.breakdown(request.from, request.to, request.filter, ReviewGrouping::Campaign);
    if (!campaigns)
        return campaigns.error();
    auto labels = FeedbackLabels::load(db);
    if (!labels)
        return labels.error();

    ReviewNumbers numbers;
    numbers.request = request;
    numbers.review = std::move(*review);
    numbers.owners = std::move(*owners);
    numbers.campaigns = std::move(*campaigns);
    for (const auto &[code, count] : numbers.review.current.rejectionReasons)
        numbers.reasons.push_back({code, labels->reason(code), count});
    return numbers;
}

} // namespace baton
