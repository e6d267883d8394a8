#pragma once

#include "agreement/Definition.h"
#include "domain/EngagementEvent.h"
#include "domain/Lead.h"

#include <QDateTime>

namespace baton::test {

/// "Now" for scoring tests: 2026-03-10 12:00 UTC.
inline QDateTime scoringNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
}

/// An event `daysAgo` days before scoringNow().
inline EngagementEvent eventDaysAgo(EventType type, double daysAgo, QString detail = {})
{
    EngagementEvent event;
    event.type = type;
    event.detail = std::move(detail);
    event.occurredAt = scoringNow().addMSecs(-static_cast<qint64>(daysAgo * 86'400'000.0));
    return event;
}

/// A software VP at a 1,200-person company in the US.
inline Lead softwareVp()
{
    Lead lead;
    lead.id = 1;
    lead.person = Person{"Jane Doe", "jane@acme.test", "", "VP Marketing", "vp"};
    lead.company = Company{"Acme", "acme.test", "Software", 1200, 90'000'000, "US", "NA"};
    return lead;
}

inline EngagementRule engagementRule(QString id, EventType type, QString pattern, double points,
                                     double halfLife, std::optional<double> cap = std::nullopt)
{
    return EngagementRule{id, id + QStringLiteral(" rule"), type, std::move(pattern), points, halfLife, cap};
}

inline FitRule fitRule(QString id, FitField field, FitOperator op, QStringList values, int points)
{
    FitRule rule;
    rule.id = id;
    rule.name = id + QStringLiteral(" rule");
    rule.field = field;
    rule.op = op;
    rule.values = std::move(values);
    rule.points = points;
    return rule;
}

inline FitRule rangeRule(QString id, FitField field, std::optional<qint64> min, std::optional<qint64> max,
                         int points)
{
    FitRule rule = fitRule(std::move(id), field, FitOperator::InRange, {}, points);
    rule.min = min;
    rule.max = max;
    return rule;
}

} // namespace baton::test
