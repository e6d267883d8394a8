#pragma once

#include "metrics/MetricKey.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// What the joint review decided in a week, next to the metric that prompted it; it may point at
/// the definition draft it led to.
struct ReviewDecision {
    qint64 id = 0;
    QDate week; ///< the Monday the week starts on, in the team's time zone
    std::optional<MetricKey> metric;
    QString text;
    QDateTime decidedAt;
    qint64 decidedBy = 0;
    std::optional<qint64> definitionVersionId;
    // Filled when read, for display.
    QString decidedByName;
    std::optional<int> definitionNumber;
};

} // namespace baton
