#pragma once

#include "domain/ReviewStatus.h"
#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// Which rejections a page of the inbox lists: a period, and any of the groupings narrowed to
/// one value. Newest first; `before` continues after the last row of the previous page.
struct ReviewQuery {
    QDateTime from; ///< inclusive
    QDateTime to;   ///< exclusive
    std::optional<Stage> stage;
    std::optional<ReviewStatus> status;
    std::optional<QString> reasonCode;
    std::optional<qint64> campaignId; ///< 0: leads without a campaign
    std::optional<QString> source;    ///< the campaign's kind; "": without a campaign
    std::optional<int> minScore;      ///< a score band: inclusive
    std::optional<int> maxScore;      ///< inclusive
    bool withoutScore = false;        ///< only those handed over with no score recorded
    std::optional<qint64> rejectedBy; ///< 0: nobody recorded
    std::optional<std::pair<QDateTime, qint64>> before;
    int limit = 200;
};

} // namespace baton
