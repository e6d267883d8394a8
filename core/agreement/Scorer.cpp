#include "agreement/Scorer.h"

#include <algorithm>
#include <cmath>

namespace baton {
namespace {

constexpr double msPerDay = 86'400'000.0;
constexpr size_t inlineRules = 64;

/// One decimal, without a trailing ".0": 17.5, 30.
QString number(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

} // namespace

Scorer::Scorer(const Definition &definition)
    : m_definition(definition)
{
    m_fit.reserve(definition.fitRules.size());
    for (const FitRule &rule : definition.fitRules)
        m_fit.emplace_back(rule);
    m_engagement.reserve(definition.engagementRules.size());
    for (const EngagementRule &rule : definition.engagementRules) {
        EngagementMatcher matcher;
        matcher.pattern = DetailPattern(rule.detailPattern);
        matcher.points = rule.points;
        matcher.decayPerMs = rule.halfLifeDays > 0 ? 1.0 / (rule.halfLifeDays * msPerDay) : 0.0;
        matcher.hasCap = rule.cap.has_value();
        matcher.cap = rule.cap.value_or(0.0);
        matcher.key = QStringLiteral("engagement:") + rule.id;
        m_rulesByType[static_cast<size_t>(rule.eventType)].push_back(static_cast<int>(m_engagement.size()));
        m_engagement.push_back(std::move(matcher));
    }
}

int Scorer::fitPoints(const Lead &lead) const
{
    int points = 0;
    for (const FitMatcher &matcher : m_fit) {
        if (matcher.matches(lead))
            points += matcher.rule().points;
    }
    return points;
}

std::vector<RulePoints> Scorer::rulePoints(const Lead &lead, std::span<const EngagementEvent> events,
                                           const QDateTime &at) const
{
    std::vector<RulePoints> points;
    for (const FitMatcher &matcher : m_fit) {
        if (matcher.rule().points != 0 && matcher.matches(lead)) {
            points.push_back(RulePoints{QStringLiteral("fit:") + matcher.rule().id, matcher.rule().name,
                                        matcher.rule().points});
        }
    }
    std::vector<double> sums(m_engagement.size(), 0.0);
    const qint64 now = at.toMSecsSinceEpoch();
    for (const EngagementEvent &event : events) {
        const qint64 age = now - event.occurredAt.toMSecsSinceEpoch();
        const int index = age < 0 ? -1 : ruleFor(event);
        if (index >= 0)
            sums[static_cast<size_t>(index)] += decayed(m_engagement[static_cast<size_t>(index)], age);
    }
    for (size_t i = 0; i < m_engagement.size(); ++i) {
        const int rounded = static_cast<int>(std::lround(capped(m_engagement[i], sums[i])));
        if (rounded != 0)
            points.push_back(RulePoints{m_engagement[i].key, m_definition.engagementRules[i].name, rounded});
    }
    return points;
}

FitScore Scorer::fit(const Lead &lead) const
{
    FitScore score;
    score.explanation.reserve(m_fit.size());
    for (const FitMatcher &matcher : m_fit) {
        FitContribution part;
        part.ruleId = matcher.rule().id;
        part.ruleName = matcher.rule().name;
        part.matched = matcher.matches(lead);
        part.points = part.matched ? matcher.rule().points : 0;
        part.why = matcher.why(lead);
        score.points += part.points;
        score.explanation.push_back(std::move(part));
    }
    return score;
}

bool Scorer::readsDetail(EventType type) const
{
    for (int index : m_rulesByType[static_cast<size_t>(type)]) {
        if (!m_definition.engagementRules[static_cast<size_t>(index)].detailPattern.isEmpty())
            return true;
    }
    return false;
}

int Scorer::ruleFor(EventType eventType, QStringView detail) const
{
    const auto type = static_cast<size_t>(eventType);
    if (type >= m_rulesByType.size())
        return -1;
    for (int index : m_rulesByType[type]) {
        if (m_engagement[static_cast<size_t>(index)].pattern.matches(detail))
            return index;
    }
    return -1;
}

int Scorer::engagementPoints(std::span<const EngagementEvent> events, const QDateTime &at) const
{
    const size_t rules = m_engagement.size();
    std::array<double, inlineRules> inlineSums; // only the first `rules` are used, and zeroed
    std::vector<double> heapSums;
    double *sums = inlineSums.data();
    if (rules > inlineRules) {
        heapSums.resize(rules);
        sums = heapSums.data();
    }
    std::fill_n(sums, rules, 0.0);
    const qint64 now = at.toMSecsSinceEpoch();
    for (const EngagementEvent &event : events) {
        const int index = ruleFor(event);
        if (index < 0)
            continue;
        const qint64 age = now - event.occurredAt.toMSecsSinceEpoch();
        if (age >= 0)
            sums[index] += decayed(m_engagement[static_cast<size_t>(index)], age);
    }
    double total = 0;
    for (size_t i = 0; i < rules; ++i)
        total += capped(m_engagement[i], sums[i]);
    return static_cast<int>(std::lround(total));
}

EngagementScore Scorer::engagement(std::span<const EngagementEvent> events, const QDateTime &at) const
{
    EngagementScore score;
    score.explanation.resize(m_engagement.size());
    const qint64 now = at.toMSecsSinceEpoch();
    for (const EngagementEvent &event : events) {
        const qint64 age = now - event.occurredAt.toMSecsSinceEpoch();
        const int index = age < 0 ? -1 : ruleFor(event);
        if (index < 0)
            continue;
        EngagementContribution &part = score.explanation[static_cast<size_t>(index)];
        const EngagementMatcher &rule = m_engagement[static_cast<size_t>(index)];
        ++part.eventsMatched;
        part.rawPoints += rule.points;
        part.decayedPoints += decayed(rule, age);
    }
    for (size_t i = 0; i < m_engagement.size(); ++i) {
        EngagementContribution &part = score.explanation[i];
        const EngagementRule &rule = m_definition.engagementRules[i];
        const EngagementMatcher &matcher = m_engagement[i];
        part.ruleId = rule.id;
        part.ruleName = rule.name;
        part.points = capped(matcher, part.decayedPoints);
        part.capped = part.points < part.decayedPoints;
        if (part.eventsMatched == 0) {
            part.why = QStringLiteral("no %1 event matched").arg(eventTypeName(rule.eventType));
        } else {
            const QString events = part.eventsMatched == 1
                                       ? QStringLiteral("1 event")
                                       : QStringLiteral("%1 events").arg(part.eventsMatched);
            part.why =
                QStringLiteral("%1 × %2 = %3").arg(events, number(rule.points), number(part.rawPoints));
            if (matcher.decayPerMs > 0)
                part.why += QStringLiteral(", decayed to %1 (half-life %2 days)")
                                .arg(number(part.decayedPoints), number(rule.halfLifeDays));
            if (part.capped)
                part.why += QStringLiteral(", capped at %1").arg(number(matcher.cap));
        }
        score.exactPoints += part.points;
    }
    score.points = static_cast<int>(std::lround(score.exactPoints));
    return score;
}

int Scorer::totalPoints(const Lead &lead, std::span<const EngagementEvent> events, const QDateTime &at) const
{
    return fitPoints(lead) + engagementPoints(events, at);
}

} // namespace baton
