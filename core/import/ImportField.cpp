#include "import/ImportField.h"

namespace baton {
namespace {

constexpr std::array<const char *, importFieldCount> names{
    "first_name", "last_name",  "name",     "email",     "phone",          "title",   "seniority",
    "company",    "website",    "industry", "employees", "annual_revenue", "country", "region",
    "campaign",   "created_at", "type",     "time",      "detail"};

} // namespace

QString fieldName(ImportField field)
{
    return QString::fromLatin1(names[static_cast<size_t>(field)]);
}

std::optional<ImportField> fieldFromName(const QString &name)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<ImportField>(i);
    }
    return std::nullopt;
}

} // namespace baton
