#include "agreement/editor/DefinitionTableModel.h"

namespace baton {

DefinitionTableModel::DefinitionTableModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

int DefinitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

int DefinitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant DefinitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_columns[section].title;
    case Qt::ToolTipRole:
        return m_columns[section].toolTip;
    default:
        return {};
    }
}

Qt::ItemFlags DefinitionTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && isEditable(index))
        result |= isCheckable(index) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return result;
}

bool DefinitionTableModel::isEditable(const QModelIndex &) const
{
    return true;
}

bool DefinitionTableModel::isCheckable(const QModelIndex &) const
{
    return false;
}

bool DefinitionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !isCell(index) || !isEditable(index))
        return false;
    if (!writeData(index, value, role))
        return false;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT edited();
    return true;
}

bool DefinitionTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (m_readOnly || parent.isValid() || row < 0 || row > itemCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    insertItems(row, count);
    endInsertRows();
    Q_EMIT edited();
    return true;
}

bool DefinitionTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m_readOnly || parent.isValid() || row < 0 || count <= 0 || row + count > itemCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    removeItems(row, count);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

bool DefinitionTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                    const QModelIndex &destinationParent, int destinationChild)
{
    if (m_readOnly || sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > itemCount() || destinationChild < 0 || destinationChild > itemCount())
        return false;
    // Refuses a move onto itself (or into itself) as well.
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    moveItems(sourceRow, count, destinationChild);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

void DefinitionTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (itemCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(itemCount() - 1, columnCount() - 1));
}

QString DefinitionTableModel::uniqueKey(const QString &base, const QStringList &taken)
{
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    return key;
}

} // namespace baton
