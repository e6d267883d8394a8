#pragma once

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace baton {

/// The rows of the review's PDF tables, in words: the tiles' numbers against the week before and
/// the target, the breakdowns by owner and by campaign, the rejection reasons, and the meeting's
/// decisions and action items. Their headers are the `…Columns()` of the same name.
class ReviewPdfTables {
    Q_DECLARE_TR_FUNCTIONS(ReviewPdfTables)

public:
    static QStringList metricColumns();
    /// One row per tile of the Review page: metric, this week, previous, change, target, met.
    static QList<QStringList> metricRows(const ReviewMetrics &review);

    static QStringList groupColumns(const QString &heading);
    static QList<QStringList> groupRows(const std::vector<GroupMetrics> &groups);

    static QStringList reasonColumns();
    static QList<QStringList> reasonRows(const ReviewNumbers &numbers);

    static QStringList decisionColumns();
    /// Each decision's day in `zone`, the review's.
    static QList<QStringList> decisionRows(const std::vector<ReviewDecision> &decisions,
                                           const QTimeZone &zone);

    static QStringList actionColumns();
    static QList<QStringList> actionRows(const std::vector<ActionItem> &items);

    /// "All handoffs", or what the review is narrowed to: "Campaign Webinar · owner Sam Sdr".
    static QString filterText(const ReviewDocument &document);
};

} // namespace baton
