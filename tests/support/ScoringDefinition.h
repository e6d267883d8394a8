#pragma once

#include "agreement/Definition.h"

namespace baton::test {

/// A definition small enough to score by hand: fit 60 for software companies; page views 10
/// points each, halving every 10 days; a demo request 40 points and fast track. MQL: fit >= 50
/// and engagement >= minEngagement. The context package needs e-mail and the buying signal.
inline Definition scoringDefinition(int minEngagement = 30)
{
    Definition d = Definition::defaults();
    FitRule software;
    software.id = QStringLiteral("sw");
    software.name = QStringLiteral("Software company");
    software.field = FitField::Industry;
    software.op = FitOperator::InList;
    software.values = {QStringLiteral("Software")};
    software.points = 60;
    d.fitRules = {software};
    d.engagementRules = {
        EngagementRule{
            QStringLiteral("pages"), QStringLiteral("Page views"), EventType::PageView, {}, 10, 10, {}},
        EngagementRule{
            QStringLiteral("demo"), QStringLiteral("Demo request"), EventType::DemoRequest, {}, 40, 0, {}}};
    d.mqlRule = MqlRule{50, minEngagement, {EventType::DemoRequest}};
    d.requiredFields = {QStringLiteral("email"), QStringLiteral("buying_signal")};
    return d;
}

} // namespace baton::test
