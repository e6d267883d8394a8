#include "agreement/FitField.h"

namespace baton {

QString fitFieldName(FitField field)
{
    switch (field) {
    case FitField::Industry:
        return QStringLiteral("industry");
    case FitField::Employees:
        return QStringLiteral("employees");
    case FitField::AnnualRevenue:
        return QStringLiteral("annual_revenue");
    case FitField::Country:
        return QStringLiteral("country");
    case FitField::Region:
        return QStringLiteral("region");
    case FitField::Title:
        return QStringLiteral("title");
    case FitField::Seniority:
        return QStringLiteral("seniority");
    }
    return {};
}

std::optional<FitField> fitFieldFromName(QStringView name)
{
    for (FitField field : allFitFields) {
        if (name == fitFieldName(field))
            return field;
    }
    return std::nullopt;
}

bool isNumericFitField(FitField field)
{
    return field == FitField::Employees || field == FitField::AnnualRevenue;
}

} // namespace baton
