#include "review/MetricComboBox.h"

#include <algorithm>

namespace baton {

MetricComboBox::MetricComboBox(QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("No metric"));
    for (MetricKey key : allMetricKeys)
        addItem(metricKeyLabel(key), static_cast<int>(key));
}

std::optional<MetricKey> MetricComboBox::metric() const
{
    const QVariant data = currentData();
    if (!data.isValid())
        return std::nullopt;
    return static_cast<MetricKey>(data.toInt());
}

void MetricComboBox::setMetric(const std::optional<MetricKey> &metric)
{
    setCurrentIndex(metric ? std::max(0, findData(static_cast<int>(*metric))) : 0);
}

} // namespace baton
