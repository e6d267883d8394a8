#include "agreement/FitOperator.h"

namespace baton {

QString fitOperatorName(FitOperator op)
{
    switch (op) {
    case FitOperator::InList:
        return QStringLiteral("in_list");
    case FitOperator::InRange:
        return QStringLiteral("in_range");
    case FitOperator::ContainsAny:
        return QStringLiteral("contains_any");
    }
    return {};
}

std::optional<FitOperator> fitOperatorFromName(QStringView name)
{
    for (FitOperator op : allFitOperators) {
        if (name == fitOperatorName(op))
            return op;
    }
    return std::nullopt;
}

} // namespace baton
