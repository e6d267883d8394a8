#pragma once

#include "domain/User.h"
#include "routing/RoutingConfig.h"
#include "routing/RoutingDecision.h"
#include "routing/RoutingLead.h"
#include "routing/RoutingState.h"
#include "sla/BusinessCalendar.h"

#include <QDateTime>

#include <optional>
#include <unordered_map>
#include <vector>

namespace baton {

/// Decides who a handed-over lead goes to, from the routing rules, in order: the first rule whose
/// condition the lead meets and whose action finds someone who can take it. A named person or
/// an account owner must not be out of office or at a cap; a pool is worked by smooth weighted
/// round robin over its members who are in their working hours and not away or at a cap (when
/// none is in hours, over those not away or at a cap: the lead is waiting for them when they
/// start). The fallback pool catches the rest; when nobody can take it, it waits unassigned.
/// In memory, no SQL: the state is given and updated. Not for use by several threads at once.
class Router {
public:
    Router(const RoutingConfig &config, const std::vector<User> &users);

    RoutingDecision decide(const RoutingLead &lead, RoutingState &state, const QDateTime &now) const;
    /// Straight to a pool, without the rules (an escalation taking a lead back); the fallback
    /// pool when `pool` is empty.
    RoutingDecision fromPool(const QString &pool, const RoutingLead &lead, RoutingState &state,
                             const QDateTime &now) const;
    /// The person's local date at `at` (in their zone), for counting their leads a day.
    QDate localDate(qint64 userId, const QDateTime &at) const;

    /// The calendar the SLA clocks of a person's leads run in: their team's; the default calendar
    /// (UTC, office hours) for someone without a team calendar, or nobody.
    const BusinessCalendar &slaCalendarOf(std::optional<qint64> userId) const;
    /// The calendar of a team by name; the default one (UTC, office hours) when it has none.
    BusinessCalendar teamCalendar(const QString &team) const;
    /// The escalation path of the person's team.
    EscalationPolicy escalationOf(qint64 userId) const;
    QString nameOf(qint64 userId) const;

private:
    struct Person {
        qint64 id = 0;
        QString name;
        QString team;
        BusinessCalendar calendar; ///< their working hours, in their zone
        BusinessCalendar teamCalendar;
        std::vector<Absence> away;
        EscalationPolicy escalation;
    };
    struct Member {
        size_t person = 0;
        int weight = 1;
        std::optional<int> dailyCap;
        std::optional<int> openCap;
    };
    struct Pool {
        QString name;
        std::vector<Member> members;
    };
    /// A person at the moment being decided: their local date and whether they are in hours.
    struct Now {
        QDate localDate;
        bool inHours = false;
        std::optional<QDate> awayUntil;
        QString awayText; ///< "Name: out of office until …", put together once
    };
    enum class Block { None, Away, DailyCap, OpenCap };

    const Now &nowOf(size_t person, const QDateTime &now) const;
    Block blockOf(size_t person, const Member *member, const RoutingState &state, const QDateTime &now) const;
    QString blockText(size_t person, Block block, const Member *member, const RoutingState &state,
                      const QDateTime &now) const;
    /// Whether the lead meets the condition; with `why`, the fields that made it match, in words.
    bool matches(const RoutingCondition &when, const RoutingLead &lead, QStringList *why) const;
    QString matchedText(const RoutingCondition &when, const RoutingLead &lead) const;
    std::optional<size_t> choose(const Pool &pool, const RoutingLead &lead, RoutingState &state,
                                 const QDateTime &now, QStringList &skipped, bool &outOfHours) const;
    std::optional<size_t> personIndex(qint64 userId) const;
    std::optional<size_t> poolIndex(const QString &name) const;

    RoutingConfig m_config;
    std::vector<Person> m_people;
    std::unordered_map<qint64, size_t> m_byId;
    std::unordered_map<QString, size_t> m_byLogin;
    std::vector<Pool> m_pools;
    std::vector<std::optional<size_t>> m_ruleTargets; ///< per rule: its person's or pool's index
    std::optional<size_t> m_fallbackPool;
    BusinessCalendar m_defaultCalendar;
    mutable qint64 m_nowSecs = 0;
    mutable std::vector<std::optional<Now>> m_now;
};

} // namespace baton
