#include "rejections/RecycleDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

RecycleDialog::RecycleDialog(const QString &leadName, std::vector<Reason> reasons,
                             const QDate &suggestedRevisit, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_reasons(std::move(reasons))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_revisit(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Recycle %1").arg(leadName));
    for (const Reason &reason : m_reasons)
        m_reason->addItem(reason.label, reason.code);
    m_note->setTabChangesFocus(true);
    m_revisit->setCalendarPopup(true);
    m_revisit->setMinimumDate(today.addDays(1));
    m_revisit->setDate(suggestedRevisit);
    m_revisit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Recycle"));

    auto *intro = new QLabel(
        tr("%1 goes back to nurture, marketing's again, until the date to revisit it.").arg(leadName), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Re&visit on:"), m_revisit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RecycleDialog::updateOk);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RecycleDialog::updateOk);
    updateOk();
    resize(480, 280);
}

RecycleChoice RecycleDialog::choice() const
{
    return {m_reason->currentData().toString(), m_note->toPlainText().trimmed(), m_revisit->date()};
}

void RecycleDialog::updateOk()
{
    const int index = m_reason->currentIndex();
    const bool chosen = index >= 0 && index < static_cast<int>(m_reasons.size());
    const bool noteMissing = chosen && m_reasons[static_cast<size_t>(index)].noteRequired &&
                             m_note->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && !noteMissing);
}

} // namespace baton
