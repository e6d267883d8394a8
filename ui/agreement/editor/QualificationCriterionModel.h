#pragma once

#include "agreement/QualificationCriterion.h"
#include "agreement/editor/ItemTableModel.h"

namespace baton {

/// The SQL qualification checklist: one row per criterion, with a check box for the ones that
/// must be met before a lead becomes an opportunity.
class QualificationCriterionModel : public ItemTableModel<QualificationCriterion> {
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, RequiredColumn, ColumnCount };

    explicit QualificationCriterionModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QualificationCriterion newItem(int row) const override;
    bool writeData(const QModelIndex &index, const QVariant &value, int role) override;
    bool isCheckable(const QModelIndex &index) const override;
};

} // namespace baton
