#pragma once

#include "review/ReviewChart.h"
#include "services/MetricsService.h"

#include <vector>

namespace baton {

/// SLA compliance per owner as horizontal bars: the share of judged response clocks met by the
/// due time, for the owners with the most handoffs.
class OwnerSlaChart : public ReviewChart {
    Q_OBJECT

public:
    static constexpr int maxOwners = 12;

    explicit OwnerSlaChart(QGraphicsItem *parent = nullptr);

    /// A breakdown by owner, most handoffs first.
    void showGroups(const std::vector<GroupMetrics> &owners);
};

} // namespace baton
