#pragma once

#include "sla/SlaState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace baton {

class Session;

/// One thing the current user should act on: a lead of theirs due soon or past due, or an
/// escalation step addressed to them.
struct Alert {
    QString key; ///< what makes it the same alert from one check to the next
    qint64 leadId = 0;
    SlaState state = SlaState::DueSoon;
    QString title;  ///< "Due in 4 min: Jane Doe"
    QString detail; ///< the due time, or the escalation step's words
    QDateTime at;
};

/// Asks the file, on a timer, what the current user must act on: their running clocks that are
/// due soon or breached (an indexed query on the running clocks of one owner) and the escalation
/// steps addressed to them in the last day. Tells of every new alert once; what was already
/// there when the user started is shown, not announced. Applying escalation steps is sla-check's
/// job (cron against the shared file), not the desktop's.
class AlertWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int intervalSeconds = 30;

    explicit AlertWatcher(Session &session, QObject *parent = nullptr);

    /// Looks now (the timer calls it too).
    void check();
    const QList<Alert> &alerts() const { return m_alerts; }

Q_SIGNALS:
    void alertsChanged(const QList<baton::Alert> &alerts);
    /// An alert that was not there at the last check.
    void alertRaised(const baton::Alert &alert);
    void checkFailed(const QString &message);

private:
    void restart();

    Session &m_session;
    QTimer *m_timer;
    QList<Alert> m_alerts;
    QSet<QString> m_seen;
    bool m_baseline = true;
};

} // namespace baton

Q_DECLARE_METATYPE(baton::Alert)
