#pragma once

#include "metrics/MetricKey.h"

#include <QComboBox>

#include <optional>

namespace baton {

/// A choice of the joint review's metric a decision or an action item is recorded next to, or none.
class MetricComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit MetricComboBox(QWidget *parent = nullptr);

    std::optional<MetricKey> metric() const;
    void setMetric(const std::optional<MetricKey> &metric);
};

} // namespace baton
