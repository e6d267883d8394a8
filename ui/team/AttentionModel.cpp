#include "team/AttentionModel.h"

#include "common/Clock.h"
#include "format/AgeFormat.h"
#include "format/SlaFormat.h"

namespace baton {

AttentionModel::AttentionModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void AttentionModel::setRows(std::vector<TeamBoardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const TeamBoardRow *AttentionModel::rowAt(int row) const
{
    return row >= 0 && static_cast<size_t>(row) < m_rows.size() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamBoardRow &row = m_rows[static_cast<size_t>(index.row())];
    const QDateTime now = m_clock.now();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LeadColumn:
            return row.name;
        case CompanyColumn:
            return row.company;
        case OwnerColumn:
            return row.ownerId ? row.ownerName : tr("nobody");
        case TierColumn:
            return row.tier;
        case DueColumn:
            return row.dueAt ? SlaFormat::countdown(*row.dueAt, now)
                             : tr("handed over %1").arg(AgeFormat::relative(row.handoffAt, now));
        case NoteColumn:
            return row.note;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && row.dueAt)
            return tr("Respond by %1").arg(AgeFormat::full(*row.dueAt));
        if (index.column() == NoteColumn)
            return row.note;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && row.dueAt)
            return SlaFormat::foreground(SlaFormat::runningState(*row.dueAt, now));
        return {};
    case LeadIdRole:
        return row.leadId;
    case VersionRole:
        return row.version;
    case OwnerIdRole:
        return row.ownerId ? QVariant(*row.ownerId) : QVariant();
    default:
        return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LeadColumn:
        return tr("Lead");
    case CompanyColumn:
        return tr("Company");
    case OwnerColumn:
        return tr("Owner");
    case TierColumn:
        return tr("Tier");
    case DueColumn:
        return tr("Respond");
    case NoteColumn:
        return tr("Escalation");
    default:
        return {};
    }
}

} // namespace baton
