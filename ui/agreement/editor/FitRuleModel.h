#pragma once

#include "agreement/FitRule.h"
#include "agreement/editor/ItemTableModel.h"

namespace baton {

/// The ideal customer profile: one row per fit rule. The field and operator are chosen from lists;
/// the values apply to "is one of" and "contains any of", the bounds to "is between".
class FitRuleModel : public ItemTableModel<FitRule> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        FieldColumn,
        OperatorColumn,
        ValuesColumn,
        MinColumn,
        MaxColumn,
        PointsColumn,
        ColumnCount
    };

    explicit FitRuleModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The rules as the definition keeps them: values only where the operator uses values, bounds
    /// only for "is between" (a person may switch back and forth without losing either).
    std::vector<FitRule> rules() const;

    /// "Annual revenue", "Is between", …
    static QString fieldLabel(FitField field);
    static QString operatorLabel(FitOperator op);

protected:
    FitRule newItem(int row) const override;
    bool writeData(const QModelIndex &index, const QVariant &value, int role) override;
    bool isEditable(const QModelIndex &index) const override;

private:
    QVariant displayData(const FitRule &rule, int column) const;
    QVariant editData(const FitRule &rule, int column) const;
    QVariant toolTip(const FitRule &rule, int column) const;
    bool writeField(FitRule &rule, const QVariant &value);
    bool writeOperator(FitRule &rule, const QVariant &value);
};

} // namespace baton
