#pragma once

#include "feedback/FeedbackDimension.h"
#include "feedback/RejectionInbox.h"

#include <QJsonObject>
#include <QTextStream>

namespace baton::cli {

class ReportPeriod;

/// `feedback report` by reason or owner: the Rejections inbox's groups of one dimension, each with
/// its count, its share of the period, its weekly average in the weeks before and the change of
/// its share in points, as text, CSV or JSON.
class InboxReport {
public:
    InboxReport(const RejectionInbox &inbox, FeedbackDimension by)
        : m_inbox(inbox)
        , m_by(by)
    {}

    /// A header line with the period and its totals, the table, then the moves without contact.
    void writeText(QTextStream &out, const ReportPeriod &period) const;
    void writeCsv(QTextStream &out) const;
    QJsonObject toJson() const;

private:
    const std::vector<InboxGroup> &groups() const;
    /// Stages moved on in the period with nothing behind them, per person who moved them.
    void writeMovesWithoutContact(QTextStream &out) const;
    QJsonObject movesJson() const;

    const RejectionInbox &m_inbox;
    FeedbackDimension m_by;
};

} // namespace baton::cli
