#include "demo/DemoContent.h"

namespace baton {
namespace {

constexpr DemoWeighted pageList[] = {
    {"/", 10},
    {"/pricing", 8},
    {"/product", 6},
    {"/product/lead-routing", 5},
    {"/product/sla-clock", 4},
    {"/product/lead-scoring", 4},
    {"/product/context-package", 3},
    {"/product/weekly-review", 2},
    {"/integrations/salesforce", 4},
    {"/integrations/hubspot", 4},
    {"/integrations/marketo", 2},
    {"/customers", 3},
    {"/customers/northwind-logistics", 2},
    {"/customers/brightwave-health", 2},
    {"/customers/atlas-payments", 2},
    {"/customers/cobalt-software", 1},
    {"/blog/speed-to-lead-benchmarks", 3},
    {"/blog/what-is-an-mql", 3},
    {"/blog/mql-vs-sql", 3},
    {"/blog/lead-scoring-models", 2},
    {"/blog/sla-between-marketing-and-sales", 2},
    {"/blog/rejection-reasons-taxonomy", 2},
    {"/blog/round-robin-routing", 2},
    {"/blog/context-package-checklist", 1},
    {"/blog/weekly-pipeline-review-agenda", 1},
    {"/blog/revops-hiring-guide", 1},
    {"/security", 2},
    {"/compare/spreadsheets", 1},
    {"/compare/crm-native-routing", 1},
    {"/roi-calculator", 2},
    {"/docs/getting-started", 2},
    {"/docs/salesforce-sync", 1},
    {"/resources", 2},
    {"/about", 1},
    {"/careers", 1},
    {"/contact", 1},
};

constexpr DemoWeighted intentList[] = {
    {"/pricing", 12},
    {"/product/lead-routing", 6},
    {"/product/sla-clock", 5},
    {"/product/lead-scoring", 4},
    {"/product/context-package", 3},
    {"/integrations/salesforce", 6},
    {"/integrations/hubspot", 5},
    {"/customers/northwind-logistics", 2},
    {"/customers/atlas-payments", 2},
    {"/roi-calculator", 3},
    {"/security", 3},
    {"/compare/crm-native-routing", 2},
    {"/docs/salesforce-sync", 2},
};

constexpr DemoWeighted assetList[] = {
    {"Weekly Pipeline Review Agenda Template", 3},
    {"Rejection Reason Taxonomy Guide", 3},
    {"Response SLA Template (XLSX)", 4},
    {"MQL Definition Worksheet", 4},
    {"Case Study: Northwind Logistics", 3},
    {"Case Study: Atlas Payments", 2},
    {"RevOps Maturity Assessment", 2},
    {"Buyer Intent Signals Guide", 2},
};

constexpr std::string_view questionList[] = {
    "Does this integrate with Salesforce if we use custom objects?",
    "Can we route leads by territory and by account owner at the same time?",
    "How do you handle leads that come in outside business hours?",
    "Does the SLA clock pause on weekends and public holidays?",
    "Can marketing see why a lead was rejected, and dispute it?",
    "What happens when an SDR is out of office? Does routing skip them?",
    "Is there a HubSpot integration, or only CSV import?",
    "How long does a typical rollout take for a team of 20 SDRs?",
    "Can we have different lead definitions for different regions?",
    "How does lead scoring decay work for older engagement?",
    "Can the weekly review export to PDF for our leadership meeting?",
    "Do you support round robin with weights for part-time reps?",
    "Where is the data stored, and is it GDPR compliant?",
    "Can we import our historical leads from Marketo?",
    "How do you define a meaningful first contact?",
    "Does an opened email count as a first touch?",
    "Can managers reassign leads in bulk?",
    "What does pricing look like for a team our size?",
    "Is there an API for pushing leads from our website forms?",
    "Can we track time to first contact by campaign?",
    "How do you deal with duplicate leads from the same company?",
    "Can a lead go back to nurture automatically after 90 days?",
    "Do you support multiple currencies for opportunity values?",
    "How do sales and marketing sign off on a new definition version?",
    "Can we see which rule gave a lead its score?",
    "Does it work with Outreach or Salesloft sequences?",
    "What reports do you have for MQL-to-SAL conversion by source?",
    "Can we set a different SLA for demo requests than for content downloads?",
    "Is there single sign-on with Okta or Azure AD?",
    "How do you handle leads from existing customers?",
    "Can we use our own rejection reasons instead of the defaults?",
    "How many people can work on the same file at once?",
    "Do you have customers in financial services with strict compliance needs?",
    "Can escalations go to Slack or Teams?",
    "What is the difference between disqualified and rejected?",
    "Could you share the slides after the session?",
    "Is there a free trial, and does it include the Salesforce sync?",
    "How do you measure whether the context package is complete?",
    "Can we route by product interest as well as by region?",
    "What did the teams in your benchmark do to get under 15 minutes?",
};

constexpr DemoWeighted formList[] = {
    {"Newsletter signup", 6}, {"Contact sales", 3},   {"ROI calculator", 3},
    {"Free trial signup", 3}, {"Pricing inquiry", 2}, {"Partner inquiry", 1},
};

constexpr DemoWeighted demoRequestList[] = {
    {"Book a demo (pricing page)", 5},
    {"Book a demo (product tour)", 3},
    {"Talk to sales (chat)", 2},
    {"Book a demo (Salesforce integration page)", 2},
};

constexpr DemoWeighted organicList[] = {
    {"/", 5},
    {"/blog/what-is-an-mql", 3},
    {"/blog/mql-vs-sql", 3},
    {"/blog/speed-to-lead-benchmarks", 2},
    {"/blog/round-robin-routing", 2},
    {"/integrations/salesforce", 1},
};

} // namespace

std::span<const DemoWeighted> DemoContent::pages()
{
    return pageList;
}

std::span<const DemoWeighted> DemoContent::intentPages()
{
    return intentList;
}

std::span<const DemoWeighted> DemoContent::assets()
{
    return assetList;
}

std::span<const std::string_view> DemoContent::webinarQuestions()
{
    return questionList;
}

std::span<const DemoWeighted> DemoContent::forms()
{
    return formList;
}

std::span<const DemoWeighted> DemoContent::demoRequests()
{
    return demoRequestList;
}

std::span<const DemoWeighted> DemoContent::organicEntries()
{
    return organicList;
}

} // namespace baton
