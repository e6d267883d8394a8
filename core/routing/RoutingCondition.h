#pragma once

#include <QStringList>

#include <optional>

namespace baton {

/// What a lead must be for a routing rule to apply. Every list that is not empty must contain
/// the lead's value (compared without regard to case); an empty condition matches every lead.
struct RoutingCondition {
    QStringList countries;
    QStringList regions;
    QStringList industries;
    QStringList
        sizeBands; ///< by employees: small (< 50), medium (50–249), large (250–999), enterprise (1,000+)
    QStringList segments;  ///< by annual revenue: smb (< 10 M), mid_market (10 M – 1 B), enterprise (1 B+)
    QStringList campaigns; ///< source campaign names
    QStringList tiers;     ///< SLA tiers of the agreement ("hot", …)
    std::optional<int> minScore; ///< total score at handoff, at least
    std::optional<int> maxScore; ///< and at most

    bool operator==(const RoutingCondition &) const = default;
    bool isEmpty() const { return *this == RoutingCondition{}; }

    /// "small", "medium", "large", "enterprise"; empty when the size is not known.
    static QString sizeBandOf(qint64 employees);
    /// "smb", "mid_market", "enterprise"; empty when the revenue is not known.
    static QString segmentOf(qint64 annualRevenue);
    static const QStringList &allSizeBands();
    static const QStringList &allSegments();
};

} // namespace baton
