#include "agreement/ReasonImpactModel.h"

#include "agreement/AgreementText.h"

#include <QBrush>
#include <QColor>

namespace baton {

ReasonImpactModel::ReasonImpactModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReasonImpactModel::setReasons(std::vector<ReasonImpact> reasons)
{
    beginResetModel();
    m_reasons = std::move(reasons);
    endResetModel();
}

int ReasonImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reasons.size());
}

int ReasonImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ReasonImpactModel::value(const ReasonImpact &reason, int column)
{
    switch (column) {
    case AvoidedColumn:
        return reason.avoided;
    case AddedColumn:
        return reason.added;
    case NetColumn:
        return reason.added - reason.avoided;
    default:
        return 0;
    }
}

QVariant ReasonImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReasonImpact &reason = m_reasons[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == ReasonColumn)
            return reason.label.isEmpty() ? reason.code : reason.label;
        if (column == NetColumn) {
            const qint64 net = value(reason, column);
            return net > 0 ? QStringLiteral("+%1").arg(AgreementText::number(net))
                           : AgreementText::number(net);
        }
        return AgreementText::number(value(reason, column));
    case Qt::ToolTipRole:
        if (column == AvoidedColumn)
            return tr("Rejected for this reason, and the draft would not have handed them over");
        if (column == AddedColumn)
            return tr("The draft would hand them over, and sales rejected them for this reason");
        if (column == NetColumn)
            return tr("Rejections added minus rejections avoided: below zero is better");
        return reason.code;
    case Qt::TextAlignmentRole:
        if (column != ReasonColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == NetColumn && value(reason, column) != 0)
            return QBrush(value(reason, column) < 0 ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
        return {};
    case CodeRole:
        return reason.code;
    case ValueRole:
        return column == ReasonColumn ? QVariant() : QVariant(value(reason, column));
    default:
        return {};
    }
}

QVariant ReasonImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) // over the column's values: words left, numbers right
        return QVariant::fromValue((section == ReasonColumn ? Qt::AlignLeft : Qt::AlignRight) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReasonColumn:
        return tr("Rejection reason");
    case AvoidedColumn:
        return tr("Rejections avoided");
    case AddedColumn:
        return tr("Rejections added");
    case NetColumn:
        return tr("Net change");
    default:
        return {};
    }
}

} // namespace baton
