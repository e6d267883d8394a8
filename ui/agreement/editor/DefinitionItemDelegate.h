#pragma once

#include <QStyledItemDelegate>

namespace baton {

/// Picks an editor for a cell of the definition's tables from what the model says about it
/// (see EditorRole): a combo box for a choice, a check list for several choices, a spin box with
/// the right range for a number, a text field that may stay empty for an optional number.
class DefinitionItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit DefinitionItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QWidget *createChoiceEditor(QWidget *parent, const QModelIndex &index) const;
    QWidget *createNumberEditor(QWidget *parent, const QModelIndex &index) const;
    QWidget *createOptionalNumberEditor(QWidget *parent, const QModelIndex &index) const;
};

} // namespace baton
