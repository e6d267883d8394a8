#include "demo/DemoCampaigns.h"

namespace baton {
namespace {

using Kind = DemoCampaignKind;

constexpr std::string_view onboarding[] = {
    "Welcome: your Lead Handoff Playbook is inside",
    "3 signs your MQLs are going cold",
    "How Northwind Logistics answers leads in 9 minutes",
};
constexpr std::string_view education[] = {
    "MQL vs SQL: who decides?",
    "The rejection reasons your sales team won't tell you",
    "Your SLA is leaking pipeline",
    "What a complete context package looks like",
};
constexpr std::string_view productUpdate[] = {
    "What's new: weighted round robin",
    "What's new: SLA escalations to managers",
    "What's new: weekly review exports",
};
constexpr std::string_view reEngagement[] = {
    "Still thinking about lead routing?",
    "Should we close your file?",
    "One question about your handoff process",
};

constexpr DemoCampaignSpec campaignList[] = {
    {"Webinar: Closing the MQL-to-SAL Gap", "webinar", Kind::Webinar, 2, "Closing the MQL-to-SAL Gap", 6, {}},
    {"Webinar: Speed-to-Lead in Practice", "webinar", Kind::Webinar, 18, "Speed-to-Lead in Practice", 5, {}},
    {"Webinar: A Lead Definition Both Teams Sign",
     "webinar",
     Kind::Webinar,
     34,
     "A Lead Definition Both Teams Sign",
     5,
     {}},
    {"Webinar: Routing Rules Office Hours",
     "webinar",
     Kind::Webinar,
     50,
     "Routing Rules Office Hours",
     4,
     {}},
    {"Webinar: Salesforce Integration Deep Dive",
     "webinar",
     Kind::Webinar,
     64,
     "Salesforce Integration Deep Dive",
     5,
     {}},
    {"Whitepaper: The Lead Handoff Playbook",
     "whitepaper",
     Kind::Whitepaper,
     0,
     "The Lead Handoff Playbook (PDF)",
     7,
     {}},
    {"Report: The State of Speed-to-Lead",
     "whitepaper",
     Kind::Whitepaper,
     12,
     "The State of Speed-to-Lead Report",
     6,
     {}},
    {"Guide: Designing Response SLAs",
     "whitepaper",
     Kind::Whitepaper,
     26,
     "Response SLA Design Guide",
     4,
     {}},
    {"Ebook: Lead Scoring Sales Actually Trusts",
     "whitepaper",
     Kind::Whitepaper,
     40,
     "Lead Scoring Sales Actually Trusts (eBook)",
     4,
     {}},
    {"Checklist: The Complete Context Package",
     "whitepaper",
     Kind::Whitepaper,
     56,
     "The Complete Context Package Checklist",
     3,
     {}},
    {"Paid Search: Lead Routing Software",
     "paid_search",
     Kind::PaidSearch,
     0,
     "/lp/lead-routing-software",
     8,
     {}},
    {"Paid Search: Competitor Alternatives", "paid_search", Kind::PaidSearch, 0, "/lp/compare", 5, {}},
    {"Paid Search: SLA Management", "paid_search", Kind::PaidSearch, 20, "/lp/sla-management", 4, {}},
    {"LinkedIn Ads: RevOps Leaders", "paid_social", Kind::PaidSocial, 8, "/lp/revops-leaders", 5, {}},
    {"RevOps Summit Austin", "event", Kind::Event, 15, "Booth visit, badge scanned", 3, {}},
    {"B2B Marketing Expo London", "event", Kind::Event, 30, "Booth visit, badge scanned", 3, {}},
    {"Pipeline Breakfast Chicago", "event", Kind::Event, 45, "Breakfast roundtable attendee", 2, {}},
    {"Demand Gen Forum Berlin", "event", Kind::Event, 60, "Workshop: designing handoff SLAs", 3, {}},
    {"Email Nurture: Onboarding Track", "email", Kind::Email, 0, {}, 0, onboarding},
    {"Email Nurture: Mid-Funnel Education", "email", Kind::Email, 0, {}, 0, education},
    {"Email: Monthly Product Update", "email", Kind::Email, 14, {}, 0, productUpdate},
    {"Email: Re-engagement Campaign", "email", Kind::Email, 42, {}, 0, reEngagement},
    {"Content Syndication: RevOps Insights Network",
     "content_syndication",
     Kind::Syndication,
     6,
     "RevOps Benchmark Survey Results",
     7,
     {}},
    {"Partner Co-marketing: CRM Marketplace",
     "content_syndication",
     Kind::Syndication,
     24,
     "Five Handoff Mistakes CRM Admins See",
     4,
     {}},
};

} // namespace

std::span<const DemoCampaignSpec> DemoCampaigns::all()
{
    return campaignList;
}

} // namespace baton
