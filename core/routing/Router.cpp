#include "routing/Router.h"

#include <QLocale>
#include <QVarLengthArray>

namespace baton {
namespace {

bool listHas(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(0x201C);
    out += text;
    out += QChar(0x201D);
    return out;
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
    for (const RoutingRule &rule : config.rules) {
        std::optional<size_t> target;
        if (rule.action.kind == RoutingAction::Kind::Person) {
            const auto found = m_byLogin.find(rule.action.target.toLower());
            if (found != m_byLogin.end())
                target = found->second;
        } else if (rule.action.kind == RoutingAction::Kind::Pool) {
            target = poolIndex(rule.action.target);
        }
        m_ruleTargets.push_back(target);
    }
    m_fallbackPool = poolIndex(config.fallbackPool);
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
        if (computed.awayUntil)
            computed.awayText =
                QStringLiteral("%1: out of office until %2").arg(p.name, dateText(*computed.awayUntil));
        cached = std::move(computed);
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
        return at.awayText;
    // Put together piece by piece: a full pool's members are passed over on every lead it gets.
    case Block::DailyCap: {
        QString text = p.name;
        text += QStringLiteral(": at capacity (");
        text += QString::number(state.assigned(p.id, at.localDate));
        text += QStringLiteral(" of ");
        text += QString::number(*member->dailyCap);
        text += QStringLiteral(" new leads today)");
        return text;
    }
    case Block::OpenCap: {
        QString text = p.name;
        text += QStringLiteral(": at capacity (");
        text += QString::number(state.open(p.id));
        text += QStringLiteral(" open leads, at most ");
        text += QString::number(*member->openCap);
        text += QLatin1Char(')');
        return text;
    }
    case Block::None:
        break;
    }
    return p.name;
}

bool Router::matches(const RoutingCondition &when, const RoutingLead &lead, QStringList *why) const
{
    const Company &company = lead.lead.company;
    const auto check = [why](const QStringList &list, const QString &value, const char *label) {
        if (list.isEmpty())
            return true;
        if (!listHas(list, value))
            return false;
        if (why != nullptr)
            *why << QLatin1String(label) + QLatin1Char(' ') + value;
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
    if (why != nullptr && (when.minScore || when.maxScore))
        *why << QStringLiteral("score ") + QString::number(lead.totalScore);
    return true;
}

QString Router::matchedText(const RoutingCondition &when, const RoutingLead &lead) const
{
    QStringList why;
    matches(when, lead, &why);
    if (why.isEmpty())
        return QStringLiteral("matches every lead");
    return QStringLiteral("matched ") + why.join(QStringLiteral(", "));
}

std::optional<size_t> Router::choose(const Pool &pool, const RoutingLead &lead, RoutingState &state,
                                     const QDateTime &now, QStringList &skipped, bool &outOfHours) const
{
    QVarLengthArray<const Member *, 32> open;
    QVarLengthArray<const Member *, 32> free;
    for (const Member &member : pool.members) {
        const qint64 id = m_people[member.person].id;
        if (lead.excludeUserId && *lead.excludeUserId == id) {
            skipped << m_people[member.person].name + QStringLiteral(": the owner it is taken from");
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
    const auto &candidates = open.empty() ? free : open;
    if (candidates.empty())
        return std::nullopt;
    if (!outOfHours) {
        for (const Member *member : free) {
            if (!nowOf(member->person, now).inHours)
                skipped << m_people[member->person].name + QStringLiteral(": outside working hours");
        }
    }
    // Smooth weighted round robin: each candidate gains its weight, the richest is chosen and pays
    // the candidates' total. Over many leads each gets its weight's share, evenly spread.
    qint64 total = 0;
    const Member *best = nullptr;
    qint64 *bestCredit = nullptr;
    for (const Member *member : candidates) {
        qint64 &credit = state.credits.try_emplace({pool.name, m_people[member->person].id}, 0).first->second;
        credit += member->weight;
        total += member->weight;
        if (best == nullptr || credit > *bestCredit) {
            best = member;
            bestCredit = &credit;
        }
    }
    *bestCredit -= total;
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
    // The words are put together only for the rule that decides or is passed over: most leads
    // meet several rules' conditions on the way.
    const auto ruleText = [&](size_t i) {
        QString text = QStringLiteral("Rule ");
        text += QString::number(i + 1);
        text += QLatin1Char(' ');
        text += quoted(m_config.rules[i].name);
        return text;
    };
    const auto finish = [&](QString reason) {
        if (!decision.skipped.isEmpty()) {
            reason += QStringLiteral(" Skipped: ");
            reason += decision.skipped.join(QStringLiteral("; "));
            reason += QLatin1Char('.');
        }
        if (!passed.isEmpty()) {
            reason += QStringLiteral(" Passed over: ");
            reason += passed.join(QStringLiteral("; "));
            reason += QLatin1Char('.');
        }
        decision.reason = std::move(reason);
        return decision;
    };
    const auto poolText = [&](QString &text, const Pool &pool, size_t person, bool outOfHours) {
        text += QStringLiteral("pool ");
        text += quoted(pool.name);
        text += QStringLiteral(", round robin by weight: ");
        text += m_people[person].name;
        text += QStringLiteral(" was next in turn");
        if (outOfHours)
            text += QStringLiteral(" (nobody in the pool is in working hours now; it waits for them)");
    };
    const auto decided = [&](size_t i, size_t person) {
        assign(person);
        decision.ruleName = m_config.rules[i].name;
        decision.rulePosition = static_cast<int>(i) + 1;
    };

    for (size_t i = 0; i < m_config.rules.size(); ++i) {
        const RoutingRule &rule = m_config.rules[i];
        if (!matches(rule.when, lead, nullptr))
            continue;
        const std::optional<size_t> target = m_ruleTargets[i];
        switch (rule.action.kind) {
        case RoutingAction::Kind::Person: {
            if (!target) {
                passed << ruleText(i) + QStringLiteral(": ") + rule.action.target +
                              QStringLiteral(" is not a user");
                break;
            }
            if (lead.excludeUserId && *lead.excludeUserId == m_people[*target].id) {
                passed << ruleText(i) + QStringLiteral(": ") + m_people[*target].name +
                              QStringLiteral(" is the owner it is taken from");
                break;
            }
            const Block block = blockOf(*target, nullptr, state, now);
            if (block != Block::None) {
                passed << ruleText(i) + QStringLiteral(": ") + blockText(*target, block, nullptr, state, now);
                break;
            }
            decided(i, *target);
            QString text = ruleText(i);
            text += QLatin1Char(' ');
            text += matchedText(rule.when, lead);
            text += QStringLiteral(": to ");
            text += m_people[*target].name;
            text += QLatin1Char('.');
            return finish(std::move(text));
        }
        case RoutingAction::Kind::AccountOwner: {
            if (!lead.accountOwnerId)
                continue; // no owner known: not this rule's lead
            const auto person = personIndex(*lead.accountOwnerId);
            if (!person || (lead.excludeUserId && *lead.excludeUserId == *lead.accountOwnerId)) {
                passed << ruleText(i) + QStringLiteral(": the account's owner cannot take it");
                break;
            }
            const Block block = blockOf(*person, nullptr, state, now);
            if (block != Block::None) {
                passed << ruleText(i) + QStringLiteral(": account owner ") +
                              blockText(*person, block, nullptr, state, now);
                break;
            }
            decided(i, *person);
            QString text = ruleText(i);
            text += QStringLiteral(": ");
            text +=
                lead.lead.company.domain.isEmpty() ? QStringLiteral("its company") : lead.lead.company.domain;
            text += QStringLiteral(" is ");
            text += m_people[*person].name;
            text += QStringLiteral("'s account, so the lead goes to its owner.");
            return finish(std::move(text));
        }
        case RoutingAction::Kind::Pool: {
            if (!target) {
                passed << ruleText(i) + QStringLiteral(": there is no pool ") + quoted(rule.action.target);
                break;
            }
            bool outOfHours = false;
            const auto person = choose(m_pools[*target], lead, state, now, decision.skipped, outOfHours);
            if (!person) {
                passed << ruleText(i) + QStringLiteral(": nobody in pool ") + quoted(m_pools[*target].name) +
                              QStringLiteral(" can take it");
                break;
            }
            decided(i, *person);
            QString text = ruleText(i);
            text.reserve(200);
            text += QLatin1Char(' ');
            text += matchedText(rule.when, lead);
            text += QStringLiteral(": ");
            poolText(text, m_pools[*target], *person, outOfHours);
            text += QLatin1Char('.');
            return finish(std::move(text));
        }
        }
    }

    if (m_fallbackPool) {
        const Pool &pool = m_pools[*m_fallbackPool];
        bool outOfHours = false;
        const auto person = choose(pool, lead, state, now, decision.skipped, outOfHours);
        if (person) {
            assign(*person);
            decision.ruleName = QStringLiteral("fallback");
            QString text = QStringLiteral("No rule took it; the fallback ");
            poolText(text, pool, *person, outOfHours);
            text += QLatin1Char('.');
            return finish(std::move(text));
        }
        return finish(QStringLiteral("Nobody can take it now: every rule and the fallback pool %1 passed; it "
                                     "waits unassigned.")
                          .arg(quoted(pool.name)));
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
