#pragma once

#include "RoutingSetup.h"

#include <QTextStream>

namespace baton::cli {

class UserDirectory;

/// The routing setup in readable form, for `team show`: teams, pools, people, rules, the
/// fallback pool and named accounts.
class RoutingSetupText {
public:
    static void write(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users);

private:
    static void writeTeams(QTextStream &out, const RoutingSetup &setup);
    static void writePools(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users);
    static void writePeople(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users);
    static void writeRules(QTextStream &out, const RoutingSetup &setup, const UserDirectory &users);
};

} // namespace baton::cli
