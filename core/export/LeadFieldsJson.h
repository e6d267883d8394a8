#pragma once

#include "domain/Company.h"
#include "domain/Person.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace baton {

/// A lead's person and company as JSON, written the same way wherever a lead is exported or
/// shown as JSON (`batonctl lead show --json`, `batonctl export leads`): empty text as null.
class LeadFieldsJson {
public:
    static QJsonValue text(const QString &value);
    static QJsonObject person(const Person &person);
    static QJsonObject company(const Company &company);
};

} // namespace baton
