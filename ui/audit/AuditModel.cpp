#include "audit/AuditModel.h"

#include "storage/AuditRepository.h"

#include <QLocale>

namespace baton {

AuditModel::AuditModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_query.limit = pageSize;
}

QString AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    m_query.limit = pageSize;
    m_query.olderThan.reset();
    auto entries = AuditRepository(m_db).list(m_query);
    beginResetModel();
    m_entries.clear();
    m_more = false;
    if (entries) {
        m_entries = std::move(entries).value();
        m_more = static_cast<int>(m_entries.size()) == pageSize;
    }
    endResetModel();
    return entries ? QString() : entries.error().message;
}

const AuditEntry *AuditModel::entry(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<size_t>(row)];
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *shown = entry(index.row());
    if (shown == nullptr || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return shown->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case At:
        return QLocale().toString(shown->at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return shown->userId ? shown->userName : tr("Baton");
    case Action:
        return shown->action;
    case Summary:
        return shown->summary;
    case Origin:
        return shown->origin;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case At:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Summary:
        return tr("What");
    case Origin:
        return tr("From");
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditModel::loadOlder()
{
    if (!m_more || m_entries.empty())
        return {};
    AuditQuery next = m_query;
    next.olderThan = m_entries.back().id;
    auto entries = AuditRepository(m_db).list(next);
    if (!entries)
        return entries.error().message;
    m_more = static_cast<int>(entries->size()) == pageSize;
    if (entries->empty())
        return {};
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
    for (AuditEntry &entry : *entries)
        m_entries.push_back(std::move(entry));
    endInsertRows();
    return {};
}

} // namespace baton
