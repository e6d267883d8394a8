#include "export/LeadFieldsJson.h"

namespace baton {

QJsonValue LeadFieldsJson::text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject LeadFieldsJson::person(const Person &person)
{
    return {{QStringLiteral("name"), person.name},
            {QStringLiteral("email"), text(person.email)},
            {QStringLiteral("phone"), text(person.phone)},
            {QStringLiteral("title"), text(person.title)},
            {QStringLiteral("seniority"), text(person.seniority)}};
}

QJsonObject LeadFieldsJson::company(const Company &company)
{
    return {{QStringLiteral("name"), text(company.name)},
            {QStringLiteral("domain"), text(company.domain)},
            {QStringLiteral("industry"), text(company.industry)},
            {QStringLiteral("employees"), company.employees},
            {QStringLiteral("annualRevenue"), company.annualRevenue},
            {QStringLiteral("country"), text(company.country)},
            {QStringLiteral("region"), text(company.region)}};
}

} // namespace baton
