#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// The joint review's metrics, each defined with its formula in docs/metrics.md. Decisions and
/// action items name the metric that prompted them by its key.
enum class MetricKey {
    HandedOver,          ///< leads handed over in the period
    Accepted,            ///< of those, accepted by sales (reached sal)
    Rejected,            ///< of those, rejected from mql
    AcceptanceRate,      ///< MQL-to-SAL: accepted / (accepted + rejected + recycled before acceptance)
    SalToSql,            ///< converted / accepted
    MqlToSql,            ///< converted / handed over
    FirstContactMedian,  ///< handoff to first meaningful contact, median (business and wall time)
    FirstContactP90,     ///< the same, 90th percentile
    RoutingDelay,        ///< handoff to assignment, median
    SlaCompliance,       ///< clocks met / (met + missed)
    Completeness,        ///< share of handoffs with a complete context package
    RejectionReasons,    ///< rejections and disqualifications by reason
    StaleMqls,           ///< MQLs untouched past their due time at the end of the period
    MovesWithoutContact, ///< stage moves on from mql or sal with no meaningful contact behind them
    TimeToAgreement,     ///< first draft to the second signature of the effective definition
};

inline constexpr std::array<MetricKey, 15> allMetricKeys{
    MetricKey::HandedOver,         MetricKey::Accepted,
    MetricKey::Rejected,           MetricKey::AcceptanceRate,
    MetricKey::SalToSql,           MetricKey::MqlToSql,
    MetricKey::FirstContactMedian, MetricKey::FirstContactP90,
    MetricKey::RoutingDelay,       MetricKey::SlaCompliance,
    MetricKey::Completeness,       MetricKey::RejectionReasons,
    MetricKey::StaleMqls,          MetricKey::MovesWithoutContact,
    MetricKey::TimeToAgreement};

QString metricKeyName(MetricKey key);  ///< "acceptance_rate", "first_contact_median", …
QString metricKeyLabel(MetricKey key); ///< "Acceptance rate (MQL to SAL)", …
std::optional<MetricKey> metricKeyFromName(QStringView name);

} // namespace baton
