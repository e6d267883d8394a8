#include "agreement/editor/DefinitionEditorDialog.h"

#include "agreement/editor/DefinitionEditor.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace baton {

DefinitionEditorDialog::DefinitionEditorDialog(const QString &title, const Definition &start, QWidget *parent)
    : QDialog(parent)
    , m_editor(new DefinitionEditor(this))
{
    setWindowTitle(title);
    m_editor->setDefinition(start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The editor shows the problem itself, under its tabs, just above these buttons.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);

    connect(m_editor, &DefinitionEditor::changed, this, &DefinitionEditorDialog::updateSave);
    updateSave();
    // Wide enough for the fit rules' eight columns to show their names and values, within the screen.
    QSize size(1120, 680);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

DefinitionEditorDialog::~DefinitionEditorDialog()
{
    // An editor still open in a table commits as it closes; this dialog is past caring by then.
    disconnect(m_editor, nullptr, this, nullptr);
}

Definition DefinitionEditorDialog::definition() const
{
    return m_editor->definition();
}

DefinitionEditor *DefinitionEditorDialog::editor() const
{
    return m_editor;
}

void DefinitionEditorDialog::updateSave()
{
    const auto problem = m_editor->problem();
    m_save->setEnabled(!problem.has_value());
    m_save->setToolTip(problem ? tr("Fix the problem shown above to save") : QString());
}

} // namespace baton
