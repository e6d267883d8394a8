#include "rejections/SparklineDelegate.h"

#include "rejections/InboxGroupModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace baton {

SparklineDelegate::SparklineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QVariantList weekly = index.data(InboxGroupModel::WeeklyRole).toList();
    if (weekly.isEmpty())
        return;
    const int earlier = index.data(InboxGroupModel::EarlierWeeksRole).toInt();
    int top = 0;
    for (const QVariant &value : weekly)
        top = std::max(top, value.toInt());
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    const QColor before = selected ? option.palette.highlightedText().color() : QColor(0x9c, 0xa3, 0xaf);
    const QColor during = selected ? option.palette.highlightedText().color() : QColor(0x25, 0x63, 0xeb);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    int x = area.left();
    for (qsizetype week = 0; week < weekly.size() && x + barWidth <= area.right() + 1; ++week) {
        const int value = weekly.at(week).toInt();
        const int height = top == 0 ? 0 : std::max(value > 0 ? 1 : 0, area.height() * value / top);
        painter->setBrush(week < earlier ? before : during);
        if (height > 0)
            painter->drawRect(x, area.bottom() - height + 1, barWidth, height);
        else
            painter->fillRect(x, area.bottom(), barWidth, 1, week < earlier ? before : during);
        x += barWidth + gap;
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    const auto weeks = static_cast<int>(index.data(InboxGroupModel::WeeklyRole).toList().size());
    return {std::max(8 + weeks * (barWidth + gap), 40), text.height()};
}

} // namespace baton
