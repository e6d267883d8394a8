#include "review/ActionItemDialog.h"

#include "review/MetricComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace baton {

ActionItemDialog::ActionItemDialog(const std::vector<User> &users, const std::optional<MetricKey> &metric,
                                   const QDate &due, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_due(new QDateEdit(due, this))
    , m_metric(new MetricComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add an action item"));
    m_title->setPlaceholderText(tr("What is to be done (required)"));
    for (const User &user : users)
        m_owner->addItem(QStringLiteral("%1 (%2)").arg(user.name, roleLabel(user.role)), user.id);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_metric->setMetric(metric);

    auto *form = new QFormLayout;
    form->addRow(tr("&Action item:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Next to:"), m_metric);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ActionItemDialog::updateOk);
    updateOk();
    resize(480, 200);
    m_title->setFocus();
}

ReviewMeetingService::NewActionItem ActionItemDialog::item() const
{
    ReviewMeetingService::NewActionItem item;
    item.title = m_title->text().trimmed();
    item.ownerId = m_owner->currentData().toLongLong();
    item.dueOn = m_due->date();
    if (const auto key = m_metric->metric())
        item.metric = metricKeyName(*key);
    return item;
}

void ActionItemDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty() && m_owner->currentIndex() >= 0);
}

} // namespace baton
