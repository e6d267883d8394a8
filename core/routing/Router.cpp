#include "routing/Router.h"

#include <QLocale>

namespace baton {
namespace {

bool listHas(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString dateText(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMM yyyy"));
}

BusinessCalendar calendarFor(const QString &zoneName, const WeeklyHours &hours,
                             const std::set<QDate> &holidays)
{
    QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return BusinessCalendar(zone, hours, holidays);
}

} // namespace

Router::Router(const RoutingConfig &config, const std::vector<User> &users)
    : m_config(config)
{
    for (const User &user : users) {
        Person person;
        person.id = user.id;
        person.name = user.name;
        person.team = user.team;
        const TeamSettings *team = config.team(user.team);
        const TeamSettings fallback;
        const TeamSettings &settings = team != nullptr ? *team : fallback;
        person.teamCalendar = calendarFor(settings.timeZone, settings.hours, settings.holidays);
        person.escalation = settings.escalation;
        const PersonAvailability *availability = config.person(user.login);
        const QString zone = availability != nullptr && !availability->timeZone.isEmpty()
                                 ? availability->timeZone
                                 : settings.timeZone;
        const WeeklyHours hours =
            availability != nullptr && availability->hours ? *availability->hours : settings.hours;
        person.calendar = calendarFor(zone, hours, settings.holidays);
        if (availability != nullptr)
            person.away = availability->outOfOffice;
        m_byId.emplace(user.id, m_people.size());
        m_byLogin.emplace(user.login.toLower(), m_people.size());
        m_people.push_back(std::move(person));
    }
    for (const RoutingPool &pool : config.pools) {
        Pool compiled;
        compiled.name = pool.name;
        for (const PoolMember &member : pool.members) {
            const auto found = m_byLogin.find(member.login.toLower());
            if (found == m_byLogin.end())
                continue; // refused when the configuration is stored; someone since removed
            compiled.members.push_back(
                Member{found->second, std::max(1, member.weight), member.dailyCap, member.openCap});
        }
        m_pools.push_back(std::move(compiled));
    }
}

const BusinessCalendar &Router::slaCalendarOf(std::optional<qint64> userId) const
{
    if (!userId)
        return m_defaultCalendar;
    const auto index = personIndex(*userId);
    return index ? m_people[*index].teamCalendar : m_defaultCalendar;
}

BusinessCalendar Router::teamCalendar(const QString &team) const
{
    const TeamSettings *settings = m_config.team(team);
    if (settings == nullptr)
        return m_defaultCalendar;
    return calendarFor(settings->timeZone, settings->hours, settings->holidays);
}

EscalationPolicy Router::escalationOf(qint64 userId) const
{
    const auto index = personIndex(userId);
    return index ? m_people[*index].escalation : EscalationPolicy{};
}

QString Router::nameOf(qint64 userId) const
{
    const auto index = personIndex(userId);
    return index ? m_people[*index].name : QStringLiteral("user %1").arg(userId);
}

std::optional<size_t> Router::personIndex(qint64 userId) const
{
    const auto found = m_byId.find(userId);
    if (found == m_byId.end())
        return std::nullopt;
    return found->second;
}

std::optional<size_t> Router::poolIndex(const QString &name) const
{
    for (size_t i = 0; i < m_pools.size(); ++i) {
        if (QString::compare(m_pools[i].name, name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

const Router::Now &Router::nowOf(size_t person, const QDateTime &now) const
{
    const qint64 secs = now.toSecsSinceEpoch();
    if (secs != m_nowSecs || m_now.size() != m_people.size()) {
        m_nowSecs = secs;
        m_now.assign(m_people.size(), std::nullopt);
    }
    std::optional<Now> &cached = m_now[person];
    if (!cached) {
        const Person &p = m_people[person];
        Now computed;
        computed.localDate = now.toTimeZone(p.calendar.zone()).date();
        computed.inHours = p.calendar.isOpen(now);
        for (const Absence &absence : p.away) {
            if (computed.localDate >= absence.from && computed.localDate <= absence.to)
                computed.awayUntil = absence.to;
        }
        cached = computed;
    }
    return *cached;
}

Router::Block Router::blockOf(size_t person, const Member *member, const RoutingState &state,
                              const QDateTime &now) const
{
    const Now &at = nowOf(person, now);
    if (at.awayUntil)
        return Block::Away;
    if (member != nullptr) {
        const qint64 id = m_people[person].id;
        if (member->dailyCap && state.assigned(id, at.localDate) >= *member->dailyCap)
            return Block::DailyCap;
        if (member->openCap && state.open(id) >= *member->openCap)
            return Block::OpenCap;
    }
    return Block::None;
}

QString Router::blockText(size_t person, Block block, const Member *member, const RoutingState &state,
                          const QDateTime &now) const
{
    const Person &p = m_people[person];
    const Now &at = nowOf(person, now);
    switch (block) {
    case Block::Away:
        return QStringLiteral("%1: out of office until %2").arg(p.name, dateText(*at.awayUntil));
    case Block::DailyCap:
        return QStringLiteral("%1: at capacity (%2 of %3 new leads today)")
            .arg(p.name)
            .arg(state.assigned(p.id, at.localDate))
            .arg(*member->dailyCap);
    case Block::OpenCap:
        return QStringLiteral("%1: at capacity (%2 open leads, at most %3)")
            .arg(p.name)
            .arg(state.open(p.id))
            .arg(*member->openCap);
    case Block::None:
        break;
    }
    return p.name;
}

bool Router::matches(const RoutingCondition &when, const RoutingLead &lead, QStringList &why) const
{
    const Company &company = lead.lead.company;
    const auto check = [&why](const QStringList &list, const QString &value, const char *label) {
        if (list.isEmpty())
            return true;
        if (!listHas(list, value))
            return false;
        why << QStringLiteral("%1 %2").arg(QLatin1String(label), value);
        return true;
    };
    if (!check(when.countries, company.country, "country") ||
        !check(when.regions, company.region, "region") ||
        !check(when.industries, company.industry, "industry") ||
        !check(when.sizeBands, RoutingCondition::sizeBandOf(company.employees), "size band") ||
        !check(when.segments, RoutingCondition::segmentOf(company.annualRevenue), "segment") ||
        !check(when.campaigns, lead.campaign, "campaign") || !check(when.tiers, lead.tier, "SLA tier"))
        return false;
    if (when.minScore && lead.totalScore < *when.minScore)
        return false;
    if (when.maxScore && lead.totalScore > *when.maxScore)
        return false;
    if (when.minScore || when.maxScore)
        why << QStringLiteral("score %1").arg(lead.totalScore);
    return true;
}

std::optional<size_t> Router::choose(const Pool &pool, const RoutingLead &lead, RoutingState &state,
                                     const QDateTime &now, QStringList &skipped, bool &outOfHours) const
{
    std::vector<const Member *> open;
    std::vector<const Member *> free;
    for (const Member &member : pool.members) {
        const qint64 id = m_people[member.person].id;
        if (lead.excludeUserId && *lead.excludeUserId == id) {
            skipped << QStringLiteral("%1: the owner it is taken from").arg(m_people[member.person].name);
            continue;
        }
        const Block block = blockOf(member.person, &member, state, now);
        if (block != Block::None) {
            skipped << blockText(member.person, block, &member, state, now);
            continue;
        }
        free.push_back(&member);
        if (nowOf(member.person, now).inHours)
            open.push_back(&member);
    }
    outOfHours = open.empty() && !free.empty();
    const std::vector<const Member *> &candidates = open.empty() ? free : open;
    if (candidates.empty())
        return std::nullopt;
    if (!outOfHours) {
        for (const Member *member : free) {
            if (!nowOf(member->person, now).inHours)
                skipped << QStringLiteral("%1: outside working hours").arg(m_people[member->person].name);
        }
    }
    // Smooth weighted round robin: each candidate gains its weight, the richest is chosen and pays
    // the candidates' total. Over many leads each gets its weight's share, evenly spread.
    qint64 total = 0;
    const Member *best = nullptr;
    qint64 bestCredit = 0;
    for (const Member *member : candidates) {
        qint64 &credit = state.credits[{pool.name, m_people[member->person].id}];
        credit += member->weight;
        total += member->weight;
        if (best == nullptr || credit > bestCredit) {
            best = member;
            bestCredit = credit;
        }
    }
    state.credits[{pool.name, m_people[best->person].id}] -= total;
    return best->person;
}

RoutingDecision Router::decide(const RoutingLead &lead, RoutingState &state, const QDateTime &now) const
{
    RoutingDecision decision;
    QStringList passed; // rules that matched but found nobody
    const auto assign = [&](size_t person) {
        const Person &p = m_people[person];
        decision.assigneeId = p.id;
        state.noteAssigned(p.id, nowOf(person, now).localDate);
    };
    const auto finish = [&](const QString &what) {
        QString reason = what;
        if (!decision.skipped.isEmpty())
            reason += QStringLiteral(" Skipped: %1.").arg(decision.skipped.join(QStringLiteral("; ")));
        if (!passed.isEmpty())
            reason += QStringLiteral(" Passed over: %1.").arg(passed.join(QStringLiteral("; ")));
        decision.reason = reason;
        return decision;
    };
    const auto poolText = [&](const Pool &pool, size_t person, bool outOfHours) {
        QString text = QStringLiteral("pool %1, round robin by weight: %2 was next in turn")
                           .arg(quoted(pool.name), m_people[person].name);
        if (outOfHours)
            text += QStringLiteral(" (nobody in the pool is in working hours now; it waits for them)");
        return text;
    };

    for (size_t i = 0; i < m_config.rules.size(); ++i) {
        const RoutingRule &rule = m_config.rules[i];
        QStringList why;
        if (!matches(rule.when, lead, why))
            continue;
        const QString ruleText = QStringLiteral("Rule %1 %2").arg(i + 1).arg(quoted(rule.name));
        const QString matched = why.isEmpty()
                                    ? QStringLiteral("matches every lead")
                                    : QStringLiteral("matched %1").arg(why.join(QStringLiteral(", ")));
        switch (rule.action.kind) {
        case RoutingAction::Kind::Person: {
            const auto found = m_byLogin.find(rule.action.target.toLower());
            if (found == m_byLogin.end()) {
                passed << QStringLiteral("%1: %2 is not a user").arg(ruleText, rule.action.target);
                break;
            }
            if (lead.excludeUserId && *lead.excludeUserId == m_people[found->second].id) {
                passed << QStringLiteral("%1: %2 is the owner it is taken from")
                              .arg(ruleText, m_people[found->second].name);
                break;
            }
            const Block block = blockOf(found->second, nullptr, state, now);
            if (block != Block::None) {
                passed << QStringLiteral("%1: %2").arg(ruleText,
                                                       blockText(found->second, block, nullptr, state, now));
                break;
            }
            assign(found->second);
            decision.ruleName = rule.name;
            decision.rulePosition = static_cast<int>(i) + 1;
            return finish(
                QStringLiteral("%1 %2: to %3.").arg(ruleText, matched, m_people[found->second].name));
        }
        case RoutingAction::Kind::AccountOwner: {
            if (!lead.accountOwnerId)
                continue; // no owner known: not this rule's lead
            const auto person = personIndex(*lead.accountOwnerId);
            if (!person || (lead.excludeUserId && *lead.excludeUserId == *lead.accountOwnerId)) {
                passed << QStringLiteral("%1: the account's owner cannot take it").arg(ruleText);
                break;
            }
            const Block block = blockOf(*person, nullptr, state, now);
            if (block != Block::None) {
                passed << QStringLiteral("%1: account owner %2")
                              .arg(ruleText, blockText(*person, block, nullptr, state, now));
                break;
            }
            assign(*person);
            decision.ruleName = rule.name;
            decision.rulePosition = static_cast<int>(i) + 1;
            const QString domain =
                lead.lead.company.domain.isEmpty() ? QStringLiteral("its company") : lead.lead.company.domain;
            return finish(QStringLiteral("%1: %2 is %3's account, so the lead goes to its owner.")
                              .arg(ruleText, domain, m_people[*person].name));
        }
        case RoutingAction::Kind::Pool: {
            const auto pool = poolIndex(rule.action.target);
            if (!pool) {
                passed << QStringLiteral("%1: there is no pool %2").arg(ruleText, quoted(rule.action.target));
                break;
            }
            bool outOfHours = false;
            const auto person = choose(m_pools[*pool], lead, state, now, decision.skipped, outOfHours);
            if (!person) {
                passed << QStringLiteral("%1: nobody in pool %2 can take it")
                              .arg(ruleText, quoted(m_pools[*pool].name));
                break;
            }
            assign(*person);
            decision.ruleName = rule.name;
            decision.rulePosition = static_cast<int>(i) + 1;
            return finish(QStringLiteral("%1 %2: %3.")
                              .arg(ruleText, matched, poolText(m_pools[*pool], *person, outOfHours)));
        }
        }
    }

    if (const auto pool = poolIndex(m_config.fallbackPool)) {
        bool outOfHours = false;
        const auto person = choose(m_pools[*pool], lead, state, now, decision.skipped, outOfHours);
        if (person) {
            assign(*person);
            decision.ruleName = QStringLiteral("fallback");
            return finish(QStringLiteral("No rule took it; the fallback %1.")
                              .arg(poolText(m_pools[*pool], *person, outOfHours)));
        }
        return finish(QStringLiteral("Nobody can take it now: every rule and the fallback pool %1 passed; it "
                                     "waits unassigned.")
                          .arg(quoted(m_pools[*pool].name)));
    }
    return finish(
        QStringLiteral("Nobody can take it now: no rule found anyone and there is no fallback pool; "
                       "it waits unassigned."));
}

RoutingDecision Router::fromPool(const QString &poolName, const RoutingLead &lead, RoutingState &state,
                                 const QDateTime &now) const
{
    RoutingDecision decision;
    const QString name = poolName.isEmpty() ? m_config.fallbackPool : poolName;
    const auto pool = poolIndex(name);
    if (!pool) {
        decision.reason =
            QStringLiteral("There is no pool %1 to take it; it stays where it is.").arg(quoted(name));
        return decision;
    }
    bool outOfHours = false;
    const auto person = choose(m_pools[*pool], lead, state, now, decision.skipped, outOfHours);
    QString reason;
    if (person) {
        decision.assigneeId = m_people[*person].id;
        state.noteAssigned(m_people[*person].id, nowOf(*person, now).localDate);
        decision.ruleName = m_pools[*pool].name;
        reason = QStringLiteral("Back to pool %1, round robin by weight: %2 was next in turn.")
                     .arg(quoted(m_pools[*pool].name), m_people[*person].name);
    } else {
        reason = QStringLiteral("Nobody in pool %1 can take it now.").arg(quoted(m_pools[*pool].name));
    }
    if (!decision.skipped.isEmpty())
        reason += QStringLiteral(" Skipped: %1.").arg(decision.skipped.join(QStringLiteral("; ")));
    decision.reason = reason;
    return decision;
}

QDate Router::localDate(qint64 userId, const QDateTime &at) const
{
    const auto index = personIndex(userId);
    return at.toTimeZone(index ? m_people[*index].calendar.zone() : QTimeZone::utc()).date();
}

} // namespace baton
