#pragma once

#include "agreement/SlaTier.h"
#include "agreement/editor/ItemTableModel.h"

namespace baton {

/// The response-time tiers, in the order a lead is matched against them: one row per tier with
/// its response window, the events that put a lead in it and the total score that does.
class SlaTierModel : public ItemTableModel<SlaTier> {
    Q_OBJECT

public:
    enum Column { NameColumn, MinutesColumn, EventsColumn, ScoreColumn, ColumnCount };

    explicit SlaTierModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "15 min", "240 min (4 h)".
    static QString minutesText(int minutes);

protected:
    SlaTier newItem(int row) const override;
    bool writeData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QVariant displayData(const SlaTier &tier, int column) const;
    QVariant editData(const SlaTier &tier, int column) const;
};

} // namespace baton
