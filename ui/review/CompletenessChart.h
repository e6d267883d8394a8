#pragma once

#include "review/ReviewChart.h"
#include "services/MetricsService.h"

#include <vector>

namespace baton {

/// The share of handoffs with a complete context package per campaign, as horizontal bars, for
/// the campaigns with the most handoffs.
class CompletenessChart : public ReviewChart {
    Q_OBJECT

public:
    static constexpr int maxCampaigns = 10;

    explicit CompletenessChart(QGraphicsItem *parent = nullptr);

    /// A breakdown by campaign, most handoffs first.
    void showGroups(const std::vector<GroupMetrics> &campaigns);
};

} // namespace baton
