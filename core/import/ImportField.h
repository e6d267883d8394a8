#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace baton {

/// A value an import takes from a column: the lead's fields, then an event's. Named in mapping
/// files by fieldName().
enum class ImportField {
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    Title,
    Seniority,
    Company,
    Website,
    Industry,
    Employees,
    AnnualRevenue,
    Country,
    Region,
    Campaign,
    CreatedAt,
    EventType,
    EventTime,
    EventDetail,
};

inline constexpr std::array<ImportField, 16> leadFields{
    ImportField::FirstName, ImportField::LastName, ImportField::FullName,  ImportField::Email,
    ImportField::Phone,     ImportField::Title,    ImportField::Seniority, ImportField::Company,
    ImportField::Website,   ImportField::Industry, ImportField::Employees, ImportField::AnnualRevenue,
    ImportField::Country,   ImportField::Region,   ImportField::Campaign,  ImportField::CreatedAt};

inline constexpr std::array<ImportField, 5> eventFields{ImportField::Email, ImportField::EventType,
                                                        ImportField::EventTime, ImportField::EventDetail,
                                                        ImportField::Campaign};

inline constexpr size_t importFieldCount = 19;

QString fieldName(ImportField field); ///< "first_name", "email", "event_type", …
std::optional<ImportField> fieldFromName(const QString &name);

} // namespace baton
