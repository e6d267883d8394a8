#include "review/ActionItemModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace baton {
namespace {

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

} // namespace

ActionItemModel::ActionItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionItemModel::setItems(std::vector<ActionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const ActionItem *ActionItemModel::itemAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return nullptr;
    return &m_items[static_cast<std::size_t>(row)];
}

int ActionItemModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int ActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.carriedOver ? QStringLiteral("\u21bb ") + item.title : item.title;
        case OwnerColumn:
            return item.ownerName;
        case DueColumn:
            return dayText(item.dueOn);
        case StatusColumn:
            return actionStatusLabel(item.status);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = item.title;
        if (item.metric)
            tip += QLatin1Char('\n') + tr("Next to: %1").arg(metricKeyLabel(*item.metric));
        if (item.carriedOver)
            tip += QLatin1Char('\n') + tr("Carried over from the week of %1").arg(dayText(item.week));
        if (!item.statusByName.isEmpty())
            tip += QLatin1Char('\n') + tr("%1 by %2").arg(actionStatusLabel(item.status), item.statusByName);
        return tip;
    }
    case Qt::FontRole:
        if (item.carriedOver) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!isStillOpen(item.status))
            return QColor(0x6b, 0x72, 0x80);
        return {};
    case IdRole:
        return item.id;
    case CarriedOverRole:
        return item.carriedOver;
    default:
        return {};
    }
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action item");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace baton
