#include "dialogs/CloseOpportunityDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

CloseOpportunityDialog::CloseOpportunityDialog(const QString &leadName, bool won, QWidget *parent)
    : QDialog(parent)
    , m_won(won)
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(won ? tr("Mark opportunity won") : tr("Mark opportunity lost"));
    const QString name = leadName.toHtmlEscaped();
    auto *intro = new QLabel(won ? tr("The opportunity with <b>%1</b> was won. Marketing sees it next to "
                                      "the campaign and the score it came with.")
                                       .arg(name)
                                 : tr("The opportunity with <b>%1</b> was lost. Why? Marketing reads the "
                                      "reason beside the campaign and the score it came with.")
                                       .arg(name),
                             this);
    intro->setWordWrap(true);

    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(won ? tr("What made it work (optional)")
                                     : tr("Lost to a competitor, no budget after all, went quiet…"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(won ? tr("Mark won") : tr("Mark lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(won ? tr("&Note (optional):") : tr("&Reason (required):"), m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &CloseOpportunityDialog::updateState);
    updateState();
    resize(440, sizeHint().height());
}

QString CloseOpportunityDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool CloseOpportunityDialog::isComplete() const
{
    return m_won || !reason().isEmpty();
}

void CloseOpportunityDialog::updateState()
{
    m_ok->setEnabled(isComplete());
}

} // namespace baton
