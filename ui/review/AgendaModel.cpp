#include "review/AgendaModel.h"

#include <QColor>
#include <QFont>

namespace baton {
namespace {

const QColor worseColour(0xb9, 0x1c, 0x1c);
const QColor betterColour(0x15, 0x80, 0x3d);

QString kindText(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::MissedTarget:
        return AgendaModel::tr("A target both teams agreed, missed this week");
    case AgendaItem::Kind::Change:
        return AgendaModel::tr("One of the largest changes against the week before");
    case AgendaItem::Kind::CarriedOverAction:
        return AgendaModel::tr("An action item from an earlier week, still open");
    }
    return {};
}

} // namespace

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AgendaModel::setItems(std::vector<AgendaItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const AgendaItem *AgendaModel::itemAt(int row) const
{
    if (row < 1 || row > static_cast<int>(m_items.size()))
        return nullptr;
    return &m_items[static_cast<std::size_t>(row - 1)];
}

int AgendaModel::rowOf(const AgendaItem &item) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const AgendaItem &candidate = m_items[i];
        if (candidate.kind == item.kind && candidate.metric == item.metric &&
            candidate.actionItemId == item.actionItemId)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size()) + 1;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem *item = itemAt(index.row());
    if (item == nullptr) {
        switch (role) {
        case Qt::DisplayRole:
            return m_items.empty() ? tr("Whole week: nothing on the agenda") : tr("Whole week");
        case Qt::ToolTipRole:
            return tr("Every decision and action item of the week");
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case KindRole:
            return -1;
        case MetricRole:
            return QString();
        case WorseRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return item->kind == AgendaItem::Kind::CarriedOverAction ? QStringLiteral("\u21bb ") + item->text
                                                                 : item->text;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(kindText(item->kind), item->text);
    case Qt::ForegroundRole:
        if (item->worse)
            return worseColour;
        if (item->kind == AgendaItem::Kind::Change)
            return betterColour;
        return {};
    case Qt::FontRole:
        if (item->kind == AgendaItem::Kind::MissedTarget) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(item->kind);
    case MetricRole:
        return item->metric ? metricKeyName(*item->metric) : QString();
    case WorseRole:
        return item->worse;
    default:
        return {};
    }
}

} // namespace baton
