#pragma once

#include "alerts/AlertWatcher.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace baton {

/// The in-app list of the current user's alerts, newest concerns first; activating one opens
/// its lead.
class NotificationCentre : public QWidget {
    Q_OBJECT

public:
    explicit NotificationCentre(QWidget *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void leadActivated(qint64 leadId);

private:
    QLabel *m_empty;
    QListWidget *m_list;
};

} // namespace baton
