#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace baton {

/// Lets a tree view's rows grow to fit text wrapped at the width of its column. QTreeView asks
/// for a row's height without saying how wide the cell is, so wrapped text would get one line;
/// this delegate gives the size hint the column's width (less the indentation in the first one).
/// Columns that resize to their contents are measured on one line.
/// Pair it with QTreeView::setWordWrap(true) and setUniformRowHeights(false).
class WrappingTreeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit WrappingTreeDelegate(QTreeView *tree);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_tree;
};

} // namespace baton
