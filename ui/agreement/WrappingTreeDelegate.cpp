#include "agreement/WrappingTreeDelegate.h"

#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace baton {

WrappingTreeDelegate::WrappingTreeDelegate(QTreeView *tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{}

QSize WrappingTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_tree->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return QStyledItemDelegate::sizeHint(option, index); // the column fits the text, not the reverse
    int width = m_tree->header()->sectionSize(index.column());
    if (index.column() == m_tree->header()->logicalIndex(0)) {
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_tree->indentation();
    }
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem sized = option;
    sized.rect = QRect(0, 0, width, std::max(option.rect.height(), 1));
    return QStyledItemDelegate::sizeHint(sized, index);
}

} // namespace baton
