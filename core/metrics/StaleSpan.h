#pragma once

#include "metrics/ReviewHandoff.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace baton {

/// The instants E at which a handoff is a stale MQL: its clock started and fell due before E,
/// and no contact, closing, acceptance or other outcome came before it; that is lo < E <= hi.
struct StaleSpan {
    qint64 lo = 0;
    qint64 hi = 0;

    bool contains(qint64 end) const { return lo < end && end <= hi; }

    static std::optional<StaleSpan> of(const ReviewHandoff &h)
    {
        if (!h.hasClock || !h.dueAt)
            return std::nullopt;
        StaleSpan span{std::max(h.at, *h.dueAt), std::numeric_limits<qint64>::max()};
        for (const std::optional<qint64> &ended : {h.firstContactAt, h.closedAt, h.acceptedAt, h.outcomeAt}) {
            if (ended)
                span.hi = std::min(span.hi, *ended);
        }
        if (span.hi <= span.lo)
            return std::nullopt;
        return span;
    }
};

} // namespace baton
