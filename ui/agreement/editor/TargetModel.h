#pragma once

#include "agreement/MetricTarget.h"
#include "agreement/editor/ItemTableModel.h"

namespace baton {

/// The agreement's targets for the joint review: one row per metric, with whether the week should
/// reach at least or at most the value. Rates are typed in percent, times as "90 min" or "1 h",
/// counts as counts; a row whose metric changes to one of another kind starts from that kind's
/// usual value.
class TargetModel : public ItemTableModel<MetricTarget> {
    Q_OBJECT

public:
    enum Column { MetricColumn, BoundColumn, ValueColumn, ColumnCount };

    explicit TargetModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The target's value in the metric's own words: "60%", "1 h", "250".
    static QString valueText(const MetricTarget &target);
    /// The metrics a target can be set for, in the review's order (see metricTakesTarget).
    static std::vector<MetricKey> targetableMetrics();

protected:
    MetricTarget newItem(int row) const override;
    bool writeData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QVariant editData(const MetricTarget &target, int column) const;
    QVariant cellRole(const MetricTarget &target, int column, int role) const;
};

} // namespace baton
