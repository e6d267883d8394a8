#include "agreement/ContextField.h"

namespace baton {

const QStringList &knownContextFields()
{
    static const QStringList fields{
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("name"),
        QStringLiteral("title"),
        QStringLiteral("seniority"),
        QStringLiteral("company.name"),
        QStringLiteral("company.domain"),
        QStringLiteral("company.industry"),
        QStringLiteral("company.employees"),
        QStringLiteral("company.annual_revenue"),
        QStringLiteral("company.country"),
        QStringLiteral("company.region"),
        QStringLiteral("campaign"),
        QStringLiteral("buying_signal"),
    };
    return fields;
}

bool isKnownContextField(QStringView name)
{
    return knownContextFields().contains(name);
}

} // namespace baton
