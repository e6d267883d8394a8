#pragma once

#include "domain/AuditEntry.h"
#include "storage/AuditQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

class Database;

/// The audit log as a table, newest first, a page at a time: older pages are appended on request
/// ("Show older entries").
class AuditModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, Who, Action, Summary, Origin, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditModel(Database &db, QObject *parent = nullptr);

    /// Reads the first page the query selects; the error's words, or empty.
    QString setQuery(const AuditQuery &query);
    /// Reads the latest entries again with the same query.
    QString reload() { return setQuery(m_query); }
    const AuditEntry *entry(int row) const;
    /// Whether the log holds entries older than the last one shown.
    bool hasOlder() const { return m_more; }
    /// Appends the next page of older entries; the error's words, or empty.
    QString loadOlder();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    AuditQuery m_query;
    std::vector<AuditEntry> m_entries;
    bool m_more = false;
};

} // namespace baton
