#pragma once

#include "domain/User.h"
#include "export/LeadHistory.h"

#include <QHash>
#include <QJsonObject>

namespace baton {

/// A lead and its history as one JSON object, for other tools: field names in camelCase, stages
/// and types by their stored names, times in ISO 8601 UTC, money in minor units, people by login
/// (from the users given) beside their id.
class LeadHistoryJson {
public:
    static QJsonObject toJson(const LeadHistory &history, const QHash<qint64, User> &users);
};

} // namespace baton
