#include "agreement/editor/TargetModel.h"

#include "agreement/editor/CellValues.h"
#include "agreement/editor/EditorRole.h"
#include "metrics/MetricUnit.h"
#include "review/ReviewText.h"

#include <algorithm>
#include <cmath>

namespace baton {
namespace {

const QString atLeastName = QStringLiteral("atLeast");
const QString atMostName = QStringLiteral("atMost");

/// What a target for the metric starts at when a row is added or its metric changes kind.
double usualValue(MetricKey key)
{
    switch (metricUnit(key)) {
    case MetricUnit::Rate:
        return 0.8;
    case MetricUnit::Duration:
        return 3600;
    default:
        return 0;
    }
}

MetricTarget usualTarget(MetricKey key)
{
    return {key, metricLowerIsBetter(key) ? MetricTarget::Bound::AtMost : MetricTarget::Bound::AtLeast,
            usualValue(key)};
}

QStringList metricNames()
{
    QStringList names;
    for (MetricKey key : TargetModel::targetableMetrics())
        names.append(metricKeyName(key));
    return names;
}

QStringList metricLabels()
{
    QStringList labels;
    for (MetricKey key : TargetModel::targetableMetrics())
        labels.append(metricKeyLabel(key));
    return labels;
}

} // namespace

TargetModel::TargetModel(QObject *parent)
    : ItemTableModel<MetricTarget>(
          {
              {tr("Metric"),
               tr("The joint review's metric, as docs/metrics.md defines it. One target per metric."), 30,
               true},
              {tr("Bound"), tr("Whether the week should reach at least or at most the value."), 10},
              {tr("Target"),
               tr("Rates in percent (60 for 60%); times as \"90 min\", \"1 h\" or \"14 d\" (first contact "
                  "in business time); counts as counts."),
               14},
          },
          parent)
{}

std::vector<MetricKey> TargetModel::targetableMetrics()
{
    std::vector<MetricKey> keys;
    std::copy_if(allMetricKeys.begin(), allMetricKeys.end(), std::back_inserter(keys),
                 [](MetricKey key) { return metricTakesTarget(key); });
    return keys;
}

QString TargetModel::valueText(const MetricTarget &target)
{
    return ReviewText::value(target.metric, target.value);
}

MetricTarget TargetModel::newItem(int) const
{
    // The first metric without a target yet, so a new row is valid as it stands.
    for (MetricKey key : targetableMetrics()) {
        const bool taken = std::any_of(items().begin(), items().end(),
                                       [key](const MetricTarget &target) { return target.metric == key; });
        if (!taken)
            return usualTarget(key);
    }
    return usualTarget(MetricKey::AcceptanceRate);
}

QVariant TargetModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const MetricTarget &target = item(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == MetricColumn)
            return metricKeyLabel(target.metric);
        if (column == BoundColumn)
            return target.bound == MetricTarget::Bound::AtLeast ? tr("at least") : tr("at most");
        return valueText(target);
    case Qt::EditRole:
        return editData(target, column);
    case Qt::TextAlignmentRole:
        return column == ValueColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return cellRole(target, column, role);
    }
}

QVariant TargetModel::cellRole(const MetricTarget &target, int column, int role) const
{
    const MetricUnit unit = metricUnit(target.metric);
    switch (role) {
    case ChoicesRole:
        if (column == MetricColumn)
            return metricNames();
        return column == BoundColumn ? QVariant(QStringList{atLeastName, atMostName}) : QVariant();
    case ChoiceLabelsRole:
        if (column == MetricColumn)
            return metricLabels();
        return column == BoundColumn ? QVariant(QStringList{tr("at least"), tr("at most")}) : QVariant();
    case MinimumRole:
        return column == ValueColumn && unit != MetricUnit::Duration ? QVariant(0) : QVariant();
    case MaximumRole:
        return column == ValueColumn && unit == MetricUnit::Rate ? QVariant(100) : QVariant();
    case DecimalsRole:
        return column == ValueColumn && unit == MetricUnit::Rate ? QVariant(1) : QVariant();
    case Qt::ToolTipRole:
        return column == MetricColumn ? QVariant(tr("Stored as \"%1\"").arg(metricKeyName(target.metric)))
                                      : QVariant();
    default:
        return {};
    }
}

QVariant TargetModel::editData(const MetricTarget &target, int column) const
{
    switch (column) {
    case MetricColumn:
        return metricKeyName(target.metric);
    case BoundColumn:
        return target.bound == MetricTarget::Bound::AtLeast ? atLeastName : atMostName;
    case ValueColumn:
        switch (metricUnit(target.metric)) {
        case MetricUnit::Rate:
            return std::round(target.value * 1000.0) / 10.0;
        case MetricUnit::Duration:
            return cellValues::durationEditText(std::llround(target.value));
        default:
            return static_cast<int>(std::llround(target.value));
        }
    default:
        return {};
    }
}

bool TargetModel::writeData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    MetricTarget &target = item(index.row());
    bool ok = true;
    switch (index.column()) {
    case MetricColumn: {
        const auto key = metricKeyFromName(value.toString().trimmed());
        if (!key || !metricTakesTarget(*key))
            return false;
        if (metricUnit(*key) != metricUnit(target.metric))
            target = usualTarget(*key);
        target.metric = *key;
        return true;
    }
    case BoundColumn:
        if (value.toString() == atLeastName)
            target.bound = MetricTarget::Bound::AtLeast;
        else if (value.toString() == atMostName)
            target.bound = MetricTarget::Bound::AtMost;
        else
            return false;
        return true;
    case ValueColumn:
        switch (metricUnit(target.metric)) {
        case MetricUnit::Rate: {
            const auto percent = cellValues::parseOptionalNumber(value, &ok);
            ok = ok && percent && *percent >= 0 && *percent <= 100;
            if (ok)
                target.value = *percent / 100.0;
            return ok;
        }
        case MetricUnit::Duration: {
            const qint64 seconds = cellValues::parseDurationSeconds(value, &ok);
            if (ok)
                target.value = static_cast<double>(seconds);
            return ok;
        }
        default: {
            const auto count = cellValues::parseOptionalInteger(value, &ok);
            ok = ok && count && *count >= 0;
            if (ok)
                target.value = static_cast<double>(*count);
            return ok;
        }
        }
    default:
        return false;
    }
}

} // namespace baton
