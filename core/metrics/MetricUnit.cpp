#include "metrics/MetricUnit.h"

namespace baton {

MetricUnit metricUnit(MetricKey key)
{
    switch (key) {
    case MetricKey::HandedOver:
    case MetricKey::Accepted:
    case MetricKey::Rejected:
    case MetricKey::StaleMqls:
    case MetricKey::MovesWithoutContact:
        return MetricUnit::Count;
    case MetricKey::AcceptanceRate:
    case MetricKey::SalToSql:
    case MetricKey::MqlToSql:
    case MetricKey::SlaCompliance:
    case MetricKey::Completeness:
        return MetricUnit::Rate;
    case MetricKey::FirstContactMedian:
    case MetricKey::FirstContactP90:
    case MetricKey::RoutingDelay:
    case MetricKey::TimeToAgreement:
        return MetricUnit::Duration;
    case MetricKey::RejectionReasons:
        return MetricUnit::NotANumber;
    }
    return MetricUnit::NotANumber;
}

bool metricTakesTarget(MetricKey key)
{
    return metricUnit(key) != MetricUnit::NotANumber && key != MetricKey::TimeToAgreement;
}

bool metricLowerIsBetter(MetricKey key)
{
    switch (key) {
    case MetricKey::Rejected:
    case MetricKey::StaleMqls:
    case MetricKey::MovesWithoutContact:
        return true;
    default:
        return metricUnit(key) == MetricUnit::Duration;
    }
}

} // namespace baton
