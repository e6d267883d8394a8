#pragma once

#include "agreement/EngagementRule.h"
#include "agreement/editor/ItemTableModel.h"

namespace baton {

/// Engagement scoring: one row per rule, giving points for events of one type (optionally only
/// those whose detail matches a pattern), halving with age and capped per rule.
class EngagementRuleModel : public ItemTableModel<EngagementRule> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        EventColumn,
        PatternColumn,
        PointsColumn,
        HalfLifeColumn,
        CapColumn,
        ColumnCount
    };

    explicit EngagementRuleModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    EngagementRule newItem(int row) const override;
    bool writeData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QVariant displayData(const EngagementRule &rule, int column) const;
    QVariant editData(const EngagementRule &rule, int column) const;
};

} // namespace baton
