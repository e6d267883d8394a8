#pragma once

#include "meeting/AgendaItem.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace baton {

/// The meeting's agenda for the week, as ReviewAgenda builds it, under a first row that stands
/// for the whole week. Missed targets and changes for the worse are red, improvements green;
/// carried-over action items are marked ↻ (red when overdue).
class AgendaModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int KindRole = Qt::UserRole + 1;   ///< an AgendaItem::Kind as int; -1 for the whole week
    static constexpr int MetricRole = Qt::UserRole + 2; ///< the metric key's name; empty for none
    static constexpr int WorseRole = Qt::UserRole + 3;  ///< bool

    explicit AgendaModel(QObject *parent = nullptr);

    void setItems(std::vector<AgendaItem> items);
    const std::vector<AgendaItem> &items() const { return m_items; }
    /// The agenda item of a row; none for the whole week's row (0).
    const AgendaItem *itemAt(int row) const;
    /// The row of the item equal to `item` in kind, metric and action item; 0 when there is none.
    int rowOf(const AgendaItem &item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<AgendaItem> m_items;
};

} // namespace baton
