#pragma once

#include "RoutingSetup.h"

#include <QJsonObject>

namespace baton::cli {

class UserDirectory;

/// The routing setup as JSON, for `team show --json`: the configuration with hours in words,
/// people's names, conditions in words, and each pool member's open leads. (`routing export`
/// writes the configuration itself, in the format `routing import` reads.)
class RoutingSetupJson {
public:
    static QJsonObject toJson(const RoutingSetup &setup, const UserDirectory &users);
};

} // namespace baton::cli
