#pragma once

#include <QString>

#include <vector>

namespace baton {

/// One value of a grouping in the Rejections inbox: how many rejections it had in the period and
/// how that compares with the weeks before.
struct InboxGroup {
    QString key;   ///< what a filter on it takes: a reason code, a campaign id, a band's low end, …
    QString label; ///< for people
    int count = 0;
    double share = 0;                ///< of all rejections in the period, 0–1
    double earlierWeeklyAverage = 0; ///< rejections a week in the weeks before the period
    double earlierShare = 0;         ///< its share of all rejections in those weeks, 0–1
    std::vector<int> weekly;         ///< per week, the earlier weeks first, then the period's

    /// The change of its share against the earlier weeks, in percentage points.
    double shareChangePoints() const { return (share - earlierShare) * 100.0; }
};

} // namespace baton
