#include "dialogs/CommentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

CommentDialog::CommentDialog(const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_body(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Comment on lead"));
    auto *intro = new QLabel(
        tr("Add to the thread of <b>%1</b>. Marketing and sales both read it.").arg(leadName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("What the other team should know"));
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Comment"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!body().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_body);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString CommentDialog::body() const
{
    return m_body->toPlainText().trimmed();
}

} // namespace baton
