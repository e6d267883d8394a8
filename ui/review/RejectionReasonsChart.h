#pragma once

#include "review/ReviewChart.h"

#include <utility>
#include <vector>

namespace baton {

/// The period's rejections and disqualifications by reason, as horizontal bars, most first.
class RejectionReasonsChart : public ReviewChart {
    Q_OBJECT

public:
    static constexpr int maxReasons = 10;

    explicit RejectionReasonsChart(QGraphicsItem *parent = nullptr);

    /// Each reason's label and count, most first.
    void showReasons(const std::vector<std::pair<QString, int>> &reasons);
};

} // namespace baton
