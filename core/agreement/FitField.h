#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// The firmographic field of a lead a fit rule looks at.
enum class FitField { Industry, Employees, AnnualRevenue, Country, Region, Title, Seniority };

inline constexpr std::array<FitField, 7> allFitFields{
    FitField::Industry, FitField::Employees, FitField::AnnualRevenue, FitField::Country,
    FitField::Region,   FitField::Title,     FitField::Seniority};

QString fitFieldName(FitField field); ///< "industry", "employees", "annual_revenue", …
std::optional<FitField> fitFieldFromName(QStringView name);
/// Employees and annual revenue are numbers (in_range); the others are text.
bool isNumericFitField(FitField field);

} // namespace baton
