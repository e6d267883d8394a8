#pragma once

#include <QStyledItemDelegate>

namespace baton {

/// Paints a cell's weekly counts (InboxGroupModel::WeeklyRole) as small bars: the weeks
/// before the period in grey, the period's own in the highlight colour. The text of the cell
/// (a text sparkline) stays for copying and for screen readers.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int barWidth = 5;
    static constexpr int gap = 2;
};

} // namespace baton
