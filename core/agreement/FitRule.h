#pragma once

#include "agreement/FitField.h"
#include "agreement/FitOperator.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

/// One condition of the ideal customer profile, worth points when a lead meets it.
struct FitRule {
    QString id;   ///< stable key, e.g. "icp_industry"; diffs match rules by it
    QString name; ///< "Target industry"
    FitField field = FitField::Industry;
    FitOperator op = FitOperator::InList;
    QStringList values;        ///< in_list values or contains_any keywords
    std::optional<qint64> min; ///< in_range lower bound, inclusive
    std::optional<qint64> max; ///< in_range upper bound, inclusive
    int points = 0;

    bool operator==(const FitRule &) const = default;
};

} // namespace baton
