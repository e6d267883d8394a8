#include "rejections/InboxGroupModel.h"

#include "rejections/InboxText.h"

#include <QColor>

#include <cmath>

namespace baton {
namespace {

const QColor moreColor(0xb9, 0x1c, 0x1c);  // a larger share of the rejections
const QColor fewerColor(0x15, 0x80, 0x3d); // a smaller share

} // namespace

InboxGroupModel::InboxGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InboxGroupModel::setGroups(std::vector<InboxGroup> groups, int earlierWeeks, const QString &title)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_earlierWeeks = earlierWeeks;
    m_title = title;
    endResetModel();
}

const InboxGroup *InboxGroupModel::groupAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_groups.size()))
        return nullptr;
    return &m_groups[static_cast<size_t>(row)];
}

std::optional<int> InboxGroupModel::rowOfKey(const QString &key) const
{
    for (size_t row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].key == key)
            return static_cast<int>(row);
    }
    return std::nullopt;
}

int InboxGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int InboxGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxGroupModel::data(const QModelIndex &index, int role) const
{
    const InboxGroup *group = index.isValid() ? groupAt(index.row()) : nullptr;
    if (group == nullptr || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*group, index.column());
    case Qt::ToolTipRole:
        return toolTip(*group, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn || index.column() == TrendColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const double points = group->shareChangePoints();
        if (index.column() != ChangeColumn || std::abs(points) < steadyPoints)
            return {};
        return points > 0 ? moreColor : fewerColor;
    }
    case KeyRole:
        return group->key;
    case WeeklyRole: {
        QVariantList weekly;
        weekly.reserve(static_cast<qsizetype>(group->weekly.size()));
        for (int count : group->weekly)
            weekly << count;
        return weekly;
    }
    case EarlierWeeksRole:
        return m_earlierWeeks;
    case ChangeRole:
        return group->shareChangePoints();
    default:
        return {};
    }
}

QVariant InboxGroupModel::display(const InboxGroup &group, int column) const
{
    switch (column) {
    case LabelColumn:
        return group.label;
    case CountColumn:
        return InboxText::number(group.count);
    case ShareColumn:
        return InboxText::percent(group.share);
    case EarlierColumn:
        return InboxText::average(group.earlierWeeklyAverage);
    case ChangeColumn: {
        const double points = group.shareChangePoints();
        if (std::abs(points) < steadyPoints)
            return InboxText::points(points);
        return (points > 0 ? QStringLiteral("\u25b2 ") : QStringLiteral("\u25bc ")) +
               InboxText::points(points);
    }
    case TrendColumn:
        return InboxText::sparkline(group.weekly);
    default:
        return {};
    }
}

QVariant InboxGroupModel::toolTip(const InboxGroup &group, int column) const
{
    switch (column) {
    case EarlierColumn:
        return tr("%1 a week in the %2 weeks before the period")
            .arg(InboxText::average(group.earlierWeeklyAverage))
            .arg(m_earlierWeeks);
    case ChangeColumn:
        return tr("%1 of the period's rejections, against %2 in the %3 weeks before")
            .arg(InboxText::percent(group.share), InboxText::percent(group.earlierShare))
            .arg(m_earlierWeeks);
    case TrendColumn: {
        QStringList weeks;
        for (int count : group.weekly)
            weeks << InboxText::number(count);
        return tr("Each week, the %1 before the period first: %2")
            .arg(m_earlierWeeks)
            .arg(weeks.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant InboxGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == LabelColumn || section == TrendColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EarlierColumn:
            return tr("Rejections a week in the %1 weeks before the period").arg(m_earlierWeeks);
        case ChangeColumn:
            return tr("How its share of the rejections moved against the %1 weeks before, in percentage "
                      "points")
                .arg(m_earlierWeeks);
        case TrendColumn:
            return tr("Rejections each week: the %1 weeks before, then the period").arg(m_earlierWeeks);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return m_title.isEmpty() ? tr("Group") : m_title;
    case CountColumn:
        return tr("Rejections");
    case ShareColumn:
        return tr("Share");
    case EarlierColumn:
        return tr("A week before");
    case ChangeColumn:
        return tr("Share change");
    case TrendColumn:
        return tr("Weekly");
    default:
        return {};
    }
}

} // namespace baton
