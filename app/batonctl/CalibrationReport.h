#pragma once

#include "feedback/CalibrationRow.h"
#include "feedback/FeedbackDimension.h"

#include <QJsonObject>
#include <QTextStream>

#include <vector>

namespace baton {
class FeedbackLabels;
}

namespace baton::cli {

class ReportPeriod;

/// `feedback report` by campaign, source, score band or rule: what sales made of the period's
/// handoffs per value (handed over, accepted and the acceptance rate, rejected, disqualified,
/// converted and the conversion rate, the top reason for turning them down), as text, CSV or JSON.
class CalibrationReport {
public:
    /// `totals` counts each handoff once (by rule, one handoff is in the row of every rule that
    /// gave it points).
    CalibrationReport(FeedbackDimension by, const std::vector<CalibrationRow> &rows, CalibrationRow totals,
                      const FeedbackLabels &labels)
        : m_by(by)
        , m_rows(rows)
        , m_totals(std::move(totals))
        , m_labels(labels)
    {}

    /// Every handoff counted once, from rows that hold each handoff once.
    static CalibrationRow sum(const std::vector<CalibrationRow> &rows);

    /// A header line with the period and its totals, then the table.
    void writeText(QTextStream &out, const ReportPeriod &period) const;
    void writeCsv(QTextStream &out) const;
    QJsonObject toJson(const ReportPeriod &period) const;

private:
    FeedbackDimension m_by;
    const std::vector<CalibrationRow> &m_rows;
    CalibrationRow m_totals;
    const FeedbackLabels &m_labels;
};

} // namespace baton::cli
