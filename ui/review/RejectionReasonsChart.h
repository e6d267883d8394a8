#pragma once

#include "review/ReasonCount.h"
#include "review/ReviewChart.h"

#include <vector>

namespace baton {

/// The period's rejections and disqualifications by reason, as horizontal bars, most first.
class RejectionReasonsChart : public ReviewChart {
    Q_OBJECT

public:
    static constexpr int maxReasons = 10;

    explicit RejectionReasonsChart(QGraphicsItem *parent = nullptr);

    /// The reasons, most first.
    void showReasons(const std::vector<ReasonCount> &reasons);
};

} // namespace baton
