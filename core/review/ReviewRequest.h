#pragma once

#include "metrics/ReviewFilter.h"

#include <QDateTime>
#include <QTimeZone>

namespace baton {

/// What the Review page asks to count: a period [from, to) with weeks from Monday in `zone`,
/// narrowed by a filter.
struct ReviewRequest {
    QDateTime from;
    QDateTime to;
    QTimeZone zone;
    ReviewFilter filter;

    bool operator==(const ReviewRequest &) const = default;
};

} // namespace baton
