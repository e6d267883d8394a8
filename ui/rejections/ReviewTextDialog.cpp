#include "rejections/ReviewTextDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

ReviewTextDialog::ReviewTextDialog(const QString &title, const QString &prompt, bool required,
                                   QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_required(required)
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_editor);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(required ? tr("Required") : tr("Optional"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReviewTextDialog::updateOk);
    updateOk();
    resize(480, 220);
    m_editor->setFocus();
}

QString ReviewTextDialog::text() const
{
    return m_editor->toPlainText().trimmed();
}

void ReviewTextDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_required || !text().isEmpty());
}

} // namespace baton
