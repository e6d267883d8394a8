#include "dialogs/LogActivityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

LogActivityDialog::LogActivityDialog(const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Log activity"));

    auto *intro = new QLabel(tr("What happened with <b>%1</b>?").arg(leadName.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    for (ActivityType type : allActivityTypes)
        m_type->addItem(activityTypeLabel(type), static_cast<int>(type));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, what comes next"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &LogActivityDialog::fillOutcomes);
    fillOutcomes();
    resize(420, sizeHint().height());
}

void LogActivityDialog::fillOutcomes()
{
    const auto type = static_cast<ActivityType>(m_type->currentData().toInt());
    m_outcome->clear();
    for (const QString &outcome : activityOutcomes(type))
        m_outcome->addItem(outcomeLabel(outcome), outcome);
    m_outcome->setEnabled(m_outcome->count() > 0);
}

ActivityChoice LogActivityDialog::choice() const
{
    return ActivityChoice{static_cast<ActivityType>(m_type->currentData().toInt()),
                          m_outcome->currentData().toString(), m_note->toPlainText().trimmed()};
}

} // namespace baton
