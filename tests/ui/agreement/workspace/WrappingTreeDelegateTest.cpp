#include "agreement/WrappingTreeDelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

TEST(WrappingTreeDelegate, SizeHint_LongTextInANarrowColumn_TallerThanOneLine)
{
    QStandardItemModel model(1, 2);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Values")));
    model.setItem(0, 1,
                  new QStandardItem(QStringLiteral("Software, Financial Services, Healthcare, Professional "
                                                   "Services, Manufacturing, Retail and E-commerce")));
    QTreeView tree;
    tree.setModel(&model);
    tree.setWordWrap(true);
    auto *delegate = new WrappingTreeDelegate(&tree);
    tree.setItemDelegate(delegate);
    tree.header()->setStretchLastSection(false);
    tree.header()->resizeSection(0, 120);
    tree.header()->resizeSection(1, 150);

    QStyleOptionViewItem option;
    option.initFrom(&tree);
    option.features |= QStyleOptionViewItem::WrapText;
    const int oneLine = delegate->sizeHint(option, model.index(0, 0)).height();
    const int wrapped = delegate->sizeHint(option, model.index(0, 1)).height();

    EXPECT_GE(wrapped, 3 * tree.fontMetrics().height()) << oneLine << " " << wrapped;
    EXPECT_GT(wrapped, oneLine);
}

TEST(WrappingTreeDelegate, SizeHint_ColumnThatFitsItsContents_StaysOnOneLine)
{
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("only in marketing's draft")));
    QTreeView tree;
    tree.setModel(&model);
    tree.setWordWrap(true);
    auto *delegate = new WrappingTreeDelegate(&tree);
    tree.setItemDelegate(delegate);
    tree.header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    QStyleOptionViewItem option;
    option.initFrom(&tree);
    option.features |= QStyleOptionViewItem::WrapText;

    EXPECT_LT(delegate->sizeHint(option, model.index(0, 0)).height(), 2 * tree.fontMetrics().height());
}

} // namespace
} // namespace baton::test
