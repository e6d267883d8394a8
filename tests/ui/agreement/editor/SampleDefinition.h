#pragma once

#include "agreement/Definition.h"

namespace baton::test {

/// A small, valid definition the editor tests rely on, fixed here so that changes to
/// Definition::defaults() do not move the ground under them.
inline Definition sampleDefinition()
{
    Definition d;
    FitRule industry{"icp_industry",
                     "Target industry",
                     FitField::Industry,
                     FitOperator::InList,
                     {"Software", "Healthcare"},
                     std::nullopt,
                     std::nullopt,
                     20};
    FitRule midMarket{
        "mid_market", "Mid-market size", FitField::Employees, FitOperator::InRange, {}, 200, 4999, 20};
    FitRule enterprise{"enterprise",
                       "Enterprise size",
                       FitField::Employees,
                       FitOperator::InRange,
                       {},
                       5000,
                       std::nullopt,
                       15};
    FitRule revenue{"revenue",
                    "Revenue over 20M",
                    FitField::AnnualRevenue,
                    FitOperator::InRange,
                    {},
                    20'000'000,
                    std::nullopt,
                    10};
    FitRule regions{"core_regions", "Served regions", FitField::Region, FitOperator::InList,
                    {"NA", "EMEA"}, std::nullopt,     std::nullopt,     10};
    FitRule students{"students",  "Students",   FitField::Seniority, FitOperator::InList,
                     {"student"}, std::nullopt, std::nullopt,        -40};
    d.fitRules = {industry, midMarket, enterprise, revenue, regions, students};
    d.engagementRules = {
        {"pricing_page", "Visited the pricing page", EventType::PageView, "/pricing*", 10, 14, 30},
        {"product_pages", "Read product pages", EventType::PageView, "/product*", 3, 14, 15},
        {"other_pages", "Other page views", EventType::PageView, {}, 1, 7, 5},
        {"demo_request", "Requested a demo", EventType::DemoRequest, {}, 40, 0, std::nullopt},
    };
    d.mqlRule = MqlRule{50, 30, {EventType::DemoRequest}};
    d.requiredFields = {"email", "title", "company.industry", "campaign"};
    d.checklist = {{"budget", "Budget confirmed", true}, {"champion", "Internal champion identified", false}};
    d.reasons = {
        {"not_icp_fit", "Not an ICP fit", Stage::Rejected, false},
        {"no_authority", "No authority", Stage::Rejected, false},
        {"other", "Other (explain in the note)", Stage::Rejected, true},
        {"no_budget", "No budget", Stage::Disqualified, false},
        {"other", "Other (explain in the note)", Stage::Disqualified, true},
        {"bad_timing", "Bad timing, revisit later", Stage::Recycled, false},
    };
    d.meaningfulContacts = {{ActivityType::Call, {"connected"}},
                            {ActivityType::Email, {"replied"}},
                            {ActivityType::Meeting, {"scheduled", "held"}}};
    d.slaTiers = {{"hot", 15, {EventType::DemoRequest}, std::nullopt},
                  {"warm", 240, {}, 80},
                  {"cool", 480, {}, std::nullopt}};
    return d;
}

} // namespace baton::test
