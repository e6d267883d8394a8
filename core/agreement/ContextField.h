#pragma once

#include <QStringList>
#include <QStringView>

namespace baton {

/// The lead fields a definition may require in the context package: "email", "phone", "name",
/// "title", "seniority", "company.name", "company.domain", "company.industry",
/// "company.employees", "company.annual_revenue", "company.country", "company.region",
/// "campaign" and "buying_signal".
const QStringList &knownContextFields();
bool isKnownContextField(QStringView name);

} // namespace baton
