#pragma once

#include "agreement/editor/ItemTableModel.h"
#include "domain/Reason.h"

#include <array>

namespace baton {

/// The reasons sales may give when a lead leaves the queue: one row per reason, for the stage it
/// applies to (rejected, disqualified or recycled).
class ReasonModel : public ItemTableModel<Reason> {
    Q_OBJECT

public:
    enum Column { StageColumn, CodeColumn, LabelColumn, NoteColumn, ColumnCount };

    explicit ReasonModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The stages a reason may apply to, in order.
    static const std::array<Stage, 3> &exitStages();

protected:
    Reason newItem(int row) const override;
    bool writeData(const QModelIndex &index, const QVariant &value, int role) override;
    bool isCheckable(const QModelIndex &index) const override;
};

} // namespace baton
