#pragma once

#include "domain/User.h"
#include "meeting/ReviewMeetingService.h"
#include "metrics/MetricKey.h"

#include <QDate>
#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace baton {

class MetricComboBox;

/// Asks for an action item of the joint review: what is to be done, who does it, by when, and
/// the metric it is next to (the agenda item's by default). OK stays disabled without a title.
class ActionItemDialog : public QDialog {
    Q_OBJECT

public:
    ActionItemDialog(const std::vector<User> &users, const std::optional<MetricKey> &metric, const QDate &due,
                     QWidget *parent = nullptr);

    /// The item without its week.
    ReviewMeetingService::NewActionItem item() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *ownerCombo() const { return m_owner; }
    QDateEdit *dueEdit() const { return m_due; }
    MetricComboBox *metricCombo() const { return m_metric; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit *m_title;
    QComboBox *m_owner;
    QDateEdit *m_due;
    MetricComboBox *m_metric;
    QDialogButtonBox *m_buttons;
};

} // namespace baton
