#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// How a fit rule tests its field.
enum class FitOperator {
    InList,      ///< the text equals one of the values (case-insensitive)
    InRange,     ///< the number is within [min, max]; either bound may be absent
    ContainsAny, ///< the text contains one of the keywords (case-insensitive)
};

inline constexpr std::array<FitOperator, 3> allFitOperators{FitOperator::InList, FitOperator::InRange,
                                                            FitOperator::ContainsAny};

QString fitOperatorName(FitOperator op); ///< "in_list", "in_range", "contains_any"
std::optional<FitOperator> fitOperatorFromName(QStringView name);

} // namespace baton
