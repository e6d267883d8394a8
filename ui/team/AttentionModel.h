#pragma once

#include "storage/TeamBoardRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

class Clock;

/// One list of a manager's board (unassigned, due soon, breached, escalated) as a table.
class AttentionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LeadColumn, CompanyColumn, OwnerColumn, TierColumn, DueColumn, NoteColumn, ColumnCount };
    enum Role {
        LeadIdRole = Qt::UserRole, ///< qint64
        VersionRole,               ///< qint64
        OwnerIdRole,               ///< qint64, or null when nobody owns it
    };

    explicit AttentionModel(const Clock &clock, QObject *parent = nullptr);

    void setRows(std::vector<TeamBoardRow> rows);
    const TeamBoardRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    std::vector<TeamBoardRow> m_rows;
};

} // namespace baton
