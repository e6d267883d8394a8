#pragma once

#include "metrics/DurationStats.h"

#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace baton {

/// The joint review's numbers for the handoffs of one period (or one week), each as defined in
/// docs/metrics.md. Rates are empty when their denominator is zero.
struct PeriodMetrics {
    int handedOver = 0;
    int accepted = 0;                 ///< reached sal
    int rejected = 0;                 ///< turned down from mql
    int disqualified = 0;             ///< accepted, then disqualified
    int recycledBeforeAcceptance = 0; ///< sent back to nurture from mql
    int converted = 0;                ///< reached sql
    int complete = 0;                 ///< handed over with every required field

    DurationStats firstContactWall;     ///< handoff to first meaningful contact, wall time
    DurationStats firstContactBusiness; ///< the same in the owner's team's business time
    DurationStats routingDelay;         ///< handoff to assignment, wall time
    int uncontacted = 0;                ///< no meaningful contact yet
    /// Business minutes from handoff to first contact that bound each histogram bar: bar i holds
    /// contacts under contactBucketMinutes[i] (and at or over the bar before); the last bar, the rest.
    static constexpr std::array<int, 8> contactBucketMinutes{5, 15, 30, 60, 120, 240, 480, 960};
    std::array<int, contactBucketMinutes.size() + 1> firstContactHistogram{};

    int slaMet = 0;      ///< a meaningful contact by the due time
    int slaMissed = 0;   ///< a contact after it, or the lead left the queue without one
    int slaBreached = 0; ///< still running past the due time when counted
    int slaPending = 0;  ///< still running, not yet due, or without a due time

    std::vector<std::pair<QString, int>>
        rejectionReasons;        ///< rejected and disqualified, by reason, most first
    int staleMqls = 0;           ///< MQLs untouched past their due time at the end of the period
    int movesWithoutContact = 0; ///< moves on from mql or sal in the period with no contact behind them

    bool operator==(const PeriodMetrics &) const = default;

    int decided() const { return accepted + rejected + recycledBeforeAcceptance; }
    std::optional<double> acceptanceRate() const { return ratio(accepted, decided()); }
    std::optional<double> salToSql() const { return ratio(converted, accepted); }
    std::optional<double> mqlToSql() const { return ratio(converted, handedOver); }
    std::optional<double> slaCompliance() const { return ratio(slaMet, slaMet + slaMissed + slaBreached); }
    std::optional<double> completeness() const { return ratio(complete, handedOver); }

    static std::optional<double> ratio(int part, int whole)
    {
        return whole == 0 ? std::nullopt : std::optional<double>(static_cast<double>(part) / whole);
    }
};

} // namespace baton
