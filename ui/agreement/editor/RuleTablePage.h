#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class DefinitionTableModel;

/// One part of the definition as an editable table: a short explanation, the rows, and buttons to
/// add, remove and reorder them. Cells are edited in place.
class RuleTablePage : public QWidget {
    Q_OBJECT

public:
    RuleTablePage(const QString &explanation, DefinitionTableModel *model, QWidget *parent = nullptr);

    DefinitionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

    void setReadOnly(bool readOnly);
    /// Selects the row and scrolls to it, e.g. to show where a problem is.
    void selectRow(int row);

private:
    void setUpView();
    void fitColumns();
    void addRow();
    void removeRow();
    void moveRow(int by);
    int currentRow() const;
    void updateButtons();

    DefinitionTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_readOnly = false;
};

} // namespace baton
