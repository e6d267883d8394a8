#include "dialogs/RejectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

RejectDialog::RejectDialog(const QString &leadName, std::vector<Reason> reasons, QWidget *parent)
    : QDialog(parent)
    , m_reasons(std::move(reasons))
    , m_reason(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Reject lead"));

    auto *intro = new QLabel(tr("Why is <b>%1</b> not a lead for sales? Marketing sees the reason "
                                "and can acknowledge it, dispute it or recycle the lead.")
                                 .arg(leadName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    for (const Reason &reason : m_reasons)
        m_reason->addItem(reason.label, reason.code);
    m_reason->setPlaceholderText(tr("Choose a reason…"));
    m_reason->setCurrentIndex(-1);

    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What should marketing know?"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_noteLabel->setBuddy(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reject"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_noteLabel, m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &RejectDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RejectDialog::updateState);
    updateState();
    resize(440, sizeHint().height());
}

const Reason *RejectDialog::chosenReason() const
{
    const int index = m_reason->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_reasons.size()))
        return nullptr;
    return &m_reasons[static_cast<size_t>(index)];
}

bool RejectDialog::isComplete() const
{
    const Reason *reason = chosenReason();
    if (!reason)
        return false;
    return !reason->noteRequired || !m_note->toPlainText().trimmed().isEmpty();
}

void RejectDialog::updateState()
{
    const Reason *reason = chosenReason();
    m_noteLabel->setText(reason && reason->noteRequired ? tr("&Note (required):") : tr("&Note (optional):"));
    m_ok->setEnabled(isComplete());
}

RejectionChoice RejectDialog::choice() const
{
    const Reason *reason = chosenReason();
    return RejectionChoice{reason ? reason->code : QString(), m_note->toPlainText().trimmed()};
}

} // namespace baton
