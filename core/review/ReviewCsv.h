#pragma once

#include "common/Result.h"
#include "metrics/ReviewMetrics.h"
#include "review/ReviewRow.h"
#include "services/MetricsService.h"

#include <QTextStream>

#include <vector>

namespace baton {

/// The joint review's metrics as CSV (see CsvWriter), for spreadsheets and scripts: rates as
/// fractions with four places, times in seconds, an empty field where a rate has no denominator.
/// `batonctl report --csv`, `batonctl review export --csv` and the Review page's export all write
/// through here.
class ReviewCsv {
public:
    /// metric,current,previous: every number of the period against the period before.
    static void writePeriod(QTextStream &out, const ReviewMetrics &review);
    /// One row per week, campaign, segment or owner, with a header row.
    static void writeRows(QTextStream &out, const std::vector<ReviewRow> &rows);
    /// What the Review page shows of a week in one table: a first column `group` says what each
    /// row is, "week" for the weekly series (oldest first, the week itself last), then "owner"
    /// and "campaign".
    static void writeReview(QTextStream &out, const ReviewMetrics &review,
                            const std::vector<GroupMetrics> &owners,
                            const std::vector<GroupMetrics> &campaigns);

    /// writeReview into the file at `path`, whole, or leaves what was there untouched.
    static Result<void> saveReview(const QString &path, const ReviewMetrics &review,
                                   const std::vector<GroupMetrics> &owners,
                                   const std::vector<GroupMetrics> &campaigns);

    static std::vector<ReviewRow> weekRows(const ReviewMetrics &review);
    static std::vector<ReviewRow> groupRows(const std::vector<GroupMetrics> &groups);
};

} // namespace baton
