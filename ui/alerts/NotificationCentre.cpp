#include "alerts/NotificationCentre.h"

#include "format/SlaFormat.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace baton {

NotificationCentre::NotificationCentre(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("Nothing needs you right now."), this))
    , m_list(new QListWidget(this))
{
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT leadActivated(item->data(Qt::UserRole).toLongLong()); });
    setAlerts({});
}

void NotificationCentre::setAlerts(const QList<Alert> &alerts)
{
    m_list->clear();
    for (const Alert &alert : alerts) {
        auto *item = new QListWidgetItem(alert.title + QLatin1Char('\n') + alert.detail, m_list);
        item->setData(Qt::UserRole, alert.leadId);
        item->setForeground(SlaFormat::foreground(alert.state));
        item->setToolTip(alert.detail);
    }
    m_empty->setVisible(alerts.isEmpty());
    m_list->setVisible(!alerts.isEmpty());
}

} // namespace baton
