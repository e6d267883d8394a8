#pragma once

#include "feedback/FeedbackDimension.h"
#include "feedback/InboxGroup.h"

#include <QDateTime>

#include <map>
#include <vector>

namespace baton {

/// The Rejections inbox for a period: rejections and disqualifications grouped every way
/// marketing reviews them, largest first, each with its trend against the earlier weeks.
struct RejectionInbox {
    QDateTime from;
    QDateTime to;
    int earlierWeeks = 0; ///< how many weeks before `from` the trend compares with
    int total = 0;
    int rejected = 0;
    int disqualified = 0;
    int open = 0;     ///< not reviewed yet
    int disputed = 0; ///< waiting for the sales manager
    int earlierTotal = 0;
    std::map<FeedbackDimension, std::vector<InboxGroup>> groups; ///< every dimension but Rule
    /// Stages moved on in the period with no meaningful contact behind them ("contacted" with
    /// nothing), per person who moved them, most first.
    std::vector<InboxGroup> movesWithoutContact;
    int movesWithoutContactTotal = 0;
};

} // namespace baton
