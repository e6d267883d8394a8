#pragma once

#include "common/Result.h"
#include "routing/RoutingConfig.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace baton::cli {

/// The changes one `team set` asks for, their values already checked, and how they are applied
/// to a routing configuration. Parts not named stay as they are.
struct RoutingEdit {
    /// A team's calendar and escalation (--team NAME …). The entry is made when missing.
    struct TeamChange {
        QString team;
        std::optional<QString> timeZone;
        std::optional<WeeklyHours> hours;
        std::vector<QDate> addHolidays;
        std::vector<QDate> removeHolidays;
        std::optional<int> warnBeforeMinutes;
        std::optional<int> reassignAfterMinutes;
        std::optional<QString> reassignPool; ///< empty: the fallback pool
    };
    /// A pool and its members (--pool NAME …). The pool is made when missing.
    struct PoolChange {
        QString pool;
        bool remove = false;       ///< --delete-pool
        QStringList members;       ///< added, or updated when there
        QStringList removeMembers; ///< --remove-member
        std::optional<int> weight;
        std::optional<std::optional<int>> dailyCap; ///< set; an empty inner value clears it
        std::optional<std::optional<int>> openCap;
    };
    /// A person's own availability (--person LOGIN …). The entry is made when missing.
    struct PersonChange {
        QString login;
        std::optional<QString> timeZone;                 ///< empty: the team's
        std::optional<std::optional<WeeklyHours>> hours; ///< an empty inner value: the team's
        bool back = false;                               ///< clears the absences (before adding any)
        std::vector<Absence> away;
    };

    std::optional<TeamChange> team;
    std::optional<PoolChange> pool;
    std::optional<PersonChange> person;
    std::optional<QString> fallbackPool; ///< empty: none

    /// Applies the changes to `config` and returns what changed, a sentence each (empty when
    /// nothing did); fails, changing nothing that counts, when a pool or member to remove is not
    /// there.
    Result<QStringList> applyTo(RoutingConfig &config) const;

private:
    static void applyTeam(const TeamChange &change, RoutingConfig &config, QStringList &changes);
    static Result<void> applyPool(const PoolChange &change, RoutingConfig &config, QStringList &changes);
    static void applyPerson(const PersonChange &change, RoutingConfig &config, QStringList &changes);
};

} // namespace baton::cli
