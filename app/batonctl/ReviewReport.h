#pragma once

#include "feedback/FeedbackLabels.h"
#include "metrics/ReviewMetrics.h"
#include "review/ReviewRow.h"
#include "services/MetricsService.h"

#include <QJsonObject>
#include <QTextStream>

#include <vector>

namespace baton::cli {

class ReportPeriod;

/// `report`: the joint review's metrics as text or JSON (CSV is ReviewCsv's) — the period against
/// the one before it, its weeks, or its handoffs per campaign, segment or owner.
class ReviewReport {
public:
    /// The labels give the rejection reasons their names.
    explicit ReviewReport(FeedbackLabels labels)
        : m_labels(std::move(labels))
    {}

    void writePeriodText(QTextStream &out, const ReviewMetrics &review, const ReportPeriod &period) const;
    QJsonObject periodJson(const ReviewMetrics &review) const;

    /// The rows are those of ReviewCsv::weekRows and ReviewCsv::groupRows.
    using Row = ReviewRow;
    /// `heading` names the first column ("Week", "Campaign", …).
    static void writeRowsText(QTextStream &out, const QString &heading, const std::vector<Row> &rows);
    QJsonObject rowsJson(const QString &by, const std::vector<Row> &rows) const;

    /// Every number of one period, rates as fractions (null without a denominator), times in seconds.
    QJsonObject metricsJson(const PeriodMetrics &metrics) const;

private:
    QString reasonLabel(const QString &code) const;

    FeedbackLabels m_labels;
};

} // namespace baton::cli
