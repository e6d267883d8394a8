#pragma once

#include "routing/RoutingConfig.h"

#include <QtGlobal>

#include <unordered_map>

namespace baton::cli {

/// What `team show` shows: the stored routing configuration, its version, and how many open
/// leads (mql or sal) each person holds now.
struct RoutingSetup {
    RoutingConfig config;
    qint64 version = 0; ///< 0: none stored yet
    std::unordered_map<qint64, int> openLeads;

    /// "warn 5 min before the due time; reassign 60 min after it, to the fallback pool".
    static QString escalationText(const EscalationPolicy &policy);
    /// "2026-12-24..2026-12-26, 2027-01-01"; "none".
    static QString absencesText(const std::vector<Absence> &absences);
};

} // namespace baton::cli
