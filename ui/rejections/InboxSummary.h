#pragma once

#include "feedback/RejectionInbox.h"
#include "rejections/RejectionPeriod.h"

#include <QWidget>

namespace baton {

class InboxTile;

/// The tiles above the Rejections inbox: the period's rejections with their weekly rate
/// against the earlier weeks, rejected against disqualified, those not reviewed yet, and the
/// disputed ones waiting for a sales manager.
class InboxSummary : public QWidget {
    Q_OBJECT

public:
    explicit InboxSummary(QWidget *parent = nullptr);

    /// `now` tells how much of a running period has passed, for its weekly rate.
    void showInbox(const RejectionInbox &inbox, const RejectionPeriod &period, const QDateTime &now);
    /// While the inbox is counted, or when it could not be.
    void showPending(const QString &words);

    InboxTile *totalTile() const { return m_total; }
    InboxTile *splitTile() const { return m_split; }
    InboxTile *openTile() const { return m_open; }
    InboxTile *disputedTile() const { return m_disputed; }

private:
    InboxTile *m_total;
    InboxTile *m_split;
    InboxTile *m_open;
    InboxTile *m_disputed;
};

} // namespace baton
