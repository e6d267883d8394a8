#pragma once

#include "agreement/Definition.h"

#include <QDialog>

class QPushButton;

namespace baton {

class DefinitionEditor;

/// A dialog around DefinitionEditor: "Save" stays disabled, with the problem shown, until every
/// rule can be evaluated.
class DefinitionEditorDialog : public QDialog {
    Q_OBJECT

public:
    DefinitionEditorDialog(const QString &title, const Definition &start, QWidget *parent = nullptr);
    ~DefinitionEditorDialog() override;

    Definition definition() const;
    DefinitionEditor *editor() const;

private:
    void updateSave();

    DefinitionEditor *m_editor;
    QPushButton *m_save;
};

} // namespace baton
