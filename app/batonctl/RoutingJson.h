#pragma once

#include "routing/RoutingDecision.h"
#include "sla/EscalationStep.h"
#include "sla/SlaClock.h"
#include "storage/RoutingRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace baton::cli {

class UserDirectory;

/// Routing decisions, response clocks and escalation steps as JSON for scripts: field names in
/// camelCase, kinds and states by their stored names, times in ISO 8601 UTC, people as LeadJson
/// writes users (null where there is nobody).
class RoutingJson {
public:
    /// A decision just taken (`route`, `lead reroute`).
    static QJsonObject decision(const RoutingDecision &decision, const UserDirectory &users);
    /// A stored decision (`route explain`).
    static QJsonObject record(const RoutingRecord &record, const UserDirectory &users);
    /// A clock and where it stands at `at`.
    static QJsonObject clock(const SlaClock &clock, const QDateTime &at, int warnBeforeMinutes,
                             const UserDirectory &users);
    static QJsonObject step(const EscalationStep &step, const UserDirectory &users);

    static QJsonValue time(const QDateTime &value);
    static QJsonValue time(const std::optional<QDateTime> &value);
    static QJsonValue number(const std::optional<qint64> &value);
};

} // namespace baton::cli
