#pragma once

#include "domain/HandoffOutcome.h"

#include <QString>

#include <optional>

namespace baton {

/// One handoff as the joint review counts it: what it arrived with, what sales made of it, and
/// its response clock (times in seconds since the epoch).
struct ReviewHandoff {
    using Outcome = HandoffOutcome;

    qint64 id = 0;
    qint64 leadId = 0;
    qint64 at = 0;
    qint64 campaignId = 0; ///< 0: none
    bool complete = false; ///< every field the agreement requires was there
    std::optional<qint64> acceptedAt;
    Outcome outcome = Outcome::Open;
    QString reasonCode; ///< of a rejection, disqualification or recycling
    std::optional<qint64> outcomeAt;
    std::optional<qint64> annualRevenue; ///< read only when the review narrows by segment

    bool hasClock = false;
    std::optional<qint64> ownerId;
    std::optional<qint64> assignedAt;
    std::optional<qint64> firstContactAt;
    std::optional<qint64> dueAt;
    std::optional<qint64> closedAt;
};

} // namespace baton
