#pragma once

#include "meeting/ActionItem.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

/// The joint review's action items next to the metric chosen on the agenda: title, owner, due
/// date and status. Items carried over from an earlier week are marked ↻ and in italics.
class ActionItemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, StatusColumn };
    static constexpr int columnTotal = StatusColumn + 1;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CarriedOverRole = Qt::UserRole + 2;

    explicit ActionItemModel(QObject *parent = nullptr);

    void setItems(std::vector<ActionItem> items);
    const ActionItem *itemAt(int row) const;
    /// The row of the item with that id; -1 when it is not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ActionItem> m_items;
};

} // namespace baton
