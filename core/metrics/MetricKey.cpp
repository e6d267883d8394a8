#include "metrics/MetricKey.h"

namespace baton {

QString metricKeyName(MetricKey key)
{
    switch (key) {
    case MetricKey::HandedOver:
        return QStringLiteral("handed_over");
    case MetricKey::Accepted:
        return QStringLiteral("accepted");
    case MetricKey::Rejected:
        return QStringLiteral("rejected");
    case MetricKey::AcceptanceRate:
        return QStringLiteral("acceptance_rate");
    case MetricKey::SalToSql:
        return QStringLiteral("sal_to_sql");
    case MetricKey::MqlToSql:
        return QStringLiteral("mql_to_sql");
    case MetricKey::FirstContactMedian:
        return QStringLiteral("first_contact_median");
    case MetricKey::FirstContactP90:
        return QStringLiteral("first_contact_p90");
    case MetricKey::RoutingDelay:
        return QStringLiteral("routing_delay");
    case MetricKey::SlaCompliance:
        return QStringLiteral("sla_compliance");
    case MetricKey::Completeness:
        return QStringLiteral("completeness");
    case MetricKey::RejectionReasons:
        return QStringLiteral("rejection_reasons");
    case MetricKey::StaleMqls:
        return QStringLiteral("stale_mqls");
    case MetricKey::MovesWithoutContact:
        return QStringLiteral("moves_without_contact");
    case MetricKey::TimeToAgreement:
        return QStringLiteral("time_to_agreement");
    }
    return {};
}

QString metricKeyLabel(MetricKey key)
{
    switch (key) {
    case MetricKey::HandedOver:
        return QStringLiteral("Handed over");
    case MetricKey::Accepted:
        return QStringLiteral("Accepted");
    case MetricKey::Rejected:
        return QStringLiteral("Rejected");
    case MetricKey::AcceptanceRate:
        return QStringLiteral("Acceptance rate (MQL to SAL)");
    case MetricKey::SalToSql:
        return QStringLiteral("SAL to SQL");
    case MetricKey::MqlToSql:
        return QStringLiteral("MQL to SQL");
    case MetricKey::FirstContactMedian:
        return QStringLiteral("Time to first contact, median");
    case MetricKey::FirstContactP90:
        return QStringLiteral("Time to first contact, 90th percentile");
    case MetricKey::RoutingDelay:
        return QStringLiteral("Routing delay");
    case MetricKey::SlaCompliance:
        return QStringLiteral("SLA compliance");
    case MetricKey::Completeness:
        return QStringLiteral("Complete context packages");
    case MetricKey::RejectionReasons:
        return QStringLiteral("Rejection reasons");
    case MetricKey::StaleMqls:
        return QStringLiteral("Stale MQLs");
    case MetricKey::MovesWithoutContact:
        return QStringLiteral("Moves without contact");
    case MetricKey::TimeToAgreement:
        return QStringLiteral("Time to agreement");
    }
    return {};
}

std::optional<MetricKey> metricKeyFromName(QStringView name)
{
    for (MetricKey key : allMetricKeys) {
        if (name == metricKeyName(key))
            return key;
    }
    return std::nullopt;
}

} // namespace baton
