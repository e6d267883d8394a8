#pragma once

#include "metrics/MetricKey.h"
#include "metrics/PeriodMetrics.h"

#include <optional>

namespace baton {

/// One metric of a period as a number: counts as counts, rates as fractions, times in seconds
/// (first contact in business time). None when it cannot be told (no denominator, no contact),
/// and for the metrics that are not one number (rejection reasons, time to agreement).
inline std::optional<double> metricValue(const PeriodMetrics &m, MetricKey key)
{
    const auto seconds = [](const std::optional<qint64> &s) {
        return s ? std::optional<double>(static_cast<double>(*s)) : std::nullopt;
    };
    switch (key) {
    case MetricKey::HandedOver:
        return m.handedOver;
    case MetricKey::Accepted:
        return m.accepted;
    case MetricKey::Rejected:
        return m.rejected;
    case MetricKey::AcceptanceRate:
        return m.acceptanceRate();
    case MetricKey::SalToSql:
        return m.salToSql();
    case MetricKey::MqlToSql:
        return m.mqlToSql();
    case MetricKey::FirstContactMedian:
        return seconds(m.firstContactBusiness.median);
    case MetricKey::FirstContactP90:
        return seconds(m.firstContactBusiness.p90);
    case MetricKey::RoutingDelay:
        return seconds(m.routingDelay.median);
    case MetricKey::SlaCompliance:
        return m.slaCompliance();
    case MetricKey::Completeness:
        return m.completeness();
    case MetricKey::StaleMqls:
        return m.staleMqls;
    case MetricKey::MovesWithoutContact:
        return m.movesWithoutContact;
    case MetricKey::RejectionReasons:
    case MetricKey::TimeToAgreement:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace baton
