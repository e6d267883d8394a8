#include "agreement/editor/QualificationCriterionModel.h"

namespace baton {

QualificationCriterionModel::QualificationCriterionModel(QObject *parent)
    : ItemTableModel<QualificationCriterion>(
          {
              {tr("Id"),
               tr("A short, stable key for the criterion, e.g. \"budget\". Comparisons between versions "
                  "match criteria by it."),
               16},
              {tr("Criterion"),
               tr("What sales confirms before calling a lead qualified, e.g. \"Budget confirmed\"."), 30,
               true},
              {tr("Required"),
               tr("Checked: the lead cannot become an opportunity until this is confirmed. Unchecked: "
                  "good to know, not a condition."),
               12},
          },
          parent)
{}

QualificationCriterion QualificationCriterionModel::newItem(int) const
{
    QStringList ids;
    for (const QualificationCriterion &criterion : items())
        ids.append(criterion.id);
    return {uniqueKey(QStringLiteral("new_criterion"), ids), tr("New criterion"), true};
}

bool QualificationCriterionModel::isCheckable(const QModelIndex &index) const
{
    return index.column() == RequiredColumn;
}

QVariant QualificationCriterionModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const QualificationCriterion &criterion = item(index.row());
    switch (index.column()) {
    case IdColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(criterion.id) : QVariant();
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(criterion.name) : QVariant();
    case RequiredColumn:
        if (role == Qt::CheckStateRole)
            return static_cast<int>(criterion.required ? Qt::Checked : Qt::Unchecked);
        if (role == Qt::DisplayRole)
            return criterion.required ? tr("Required") : tr("Nice to have");
        return {};
    default:
        return {};
    }
}

bool QualificationCriterionModel::writeData(const QModelIndex &index, const QVariant &value, int role)
{
    QualificationCriterion &criterion = item(index.row());
    switch (index.column()) {
    case IdColumn:
    case NameColumn:
        if (role != Qt::EditRole)
            return false;
        (index.column() == IdColumn ? criterion.id : criterion.name) = value.toString().trimmed();
        return true;
    case RequiredColumn:
        if (role != Qt::CheckStateRole)
            return false;
        criterion.required = value.toInt() == Qt::Checked;
        return true;
    default:
        return false;
    }
}

} // namespace baton
