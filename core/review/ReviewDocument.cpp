#include "review/ReviewDocument.h"

#include "meeting/ReviewMeetingService.h"
#include "metrics/ReviewWeeks.h"
#include "storage/CampaignRepository.h"
#include "storage/DatabaseOpener.h"
#include "storage/UserRepository.h"

namespace baton {

Result<ReviewDocument> ReviewDocument::assemble(Database &db, const Clock &clock, ReviewNumbers numbers)
{
    ReviewDocument document;
    const ReviewRequest &request = numbers.request;
    document.week = ReviewWeeks::mondayOf(request.from, request.zone);
    document.generatedAt = clock.now();
    const ReviewFilter &filter = request.filter;
    if (filter.campaignId) {
        document.campaign = QString();
        if (*filter.campaignId != 0) {
            auto campaign = CampaignRepository(db).find(*filter.campaignId);
            if (!campaign)
                return campaign.error();
            document.campaign = campaign->name;
        }
    }
    if (filter.ownerId) {
        auto owner = UserRepository(db).find(*filter.ownerId);
        if (!owner)
            return owner.error();
        document.owner = owner->name;
    }
    document.team = filter.team;

    ReviewMeetingService meeting(db, clock);
    auto decisions = meeting.decisions(document.week);
    if (!decisions)
        return decisions.error();
    auto items = meeting.actionItems(document.week);
    if (!items)
        return items.error();
    document.decisions = std::move(*decisions);
    document.actionItems = std::move(*items);
    document.numbers = std::move(numbers);
    return document;
}

Result<ReviewDocument> ReviewDocument::count(const QString &path, const Clock &clock,
                                             const ReviewRequest &request)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    auto numbers = ReviewNumbers::count(**database, clock, request);
    if (!numbers)
        return numbers.error();
    return assemble(**database, clock, std::move(*numbers));
}

} // namespace baton
