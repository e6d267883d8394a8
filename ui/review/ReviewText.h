#pragma once

#include "metrics/MetricKey.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace baton {

/// Whether a number of the review moved the right way against the period before.
enum class ReviewTrend { Better, Worse, Same, Unknown };

/// A change against the period before, in words, and which way it went.
struct ReviewChange {
    QString text; ///< "+3.2 pts", "+12", "−5 min"; empty when there is nothing to compare
    ReviewTrend trend = ReviewTrend::Unknown;
};

/// The words and numbers of the Review page: rates, durations and their changes.
class ReviewText {
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    /// "68%", "4.5%", or "—" without a denominator.
    static QString rate(const std::optional<double> &share);
    /// "< 1 min", "12 min", "2 h 5 min", "3 d 4 h", or "—" without a value.
    static QString duration(const std::optional<qint64> &seconds);
    /// A metric's value as metricValue() gives it, in the metric's unit: "68%", "1 h", "250".
    static QString value(MetricKey key, double value);
    /// A week by its Monday: "9 Mar" (with the year when it is not `thisYear`).
    static QString week(const QDate &monday, int thisYear);

    /// A share's change in percentage points; higher is better.
    static ReviewChange rateChange(const std::optional<double> &now, const std::optional<double> &before);
    /// A count's change, signed; `lowerIsBetter` for stale MQLs and moves without contact.
    static ReviewChange countChange(int now, int before, bool lowerIsBetter);
    /// A duration's change, signed; shorter is better.
    static ReviewChange durationChange(const std::optional<qint64> &now, const std::optional<qint64> &before);
};

} // namespace baton
