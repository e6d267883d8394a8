#include "demo/DemoSalesNotes.h"

#include <array>

namespace baton {
namespace {

constexpr std::string_view callConnected[] = {
    "Good call. Handoff today is a shared inbox; wants to see the SLA clock.",
    "Spoke with them: evaluating two vendors, decision next quarter.",
    "Connected. Asked for a demo with their marketing ops lead.",
    "Confirmed the budget owner is the VP Revenue Operations.",
    "Short call; asked for pricing by email.",
    "Discussed their Salesforce routing rules; 30% of leads sit unassigned.",
};
constexpr std::string_view callVoicemail[] = {
    "Left voicemail, will try again tomorrow.",
    "Left a voicemail referencing their webinar question.",
    "Voicemail; sent a follow-up email.",
};
constexpr std::string_view callNoAnswer[] = {
    "No answer, trying again in the afternoon.",
};
constexpr std::string_view callWrongNumber[] = {
    "Number goes to reception; asked for a direct line.",
    "Wrong number on the form.",
};
constexpr std::string_view emailSent[] = {
    "Sent intro email with the Handoff Playbook.",
    "Follow-up with a pricing overview.",
    "Sent a recap and proposed times for a demo.",
    "Shared the Northwind Logistics case study.",
};
constexpr std::string_view emailReplied[] = {
    "Replied: interested, asked for a call next week.",
    "Replied: please reach out after the budget review.",
    "Replied with their current tool stack (HubSpot, Outreach).",
};
constexpr std::string_view emailBounced[] = {
    "Email bounced; checking LinkedIn for a new address.",
};
constexpr std::string_view meetingScheduled[] = {
    "Discovery call booked for next week.",
    "Demo scheduled with their RevOps team.",
};
constexpr std::string_view meetingHeld[] = {
    "Discovery call: 12 SDRs on HubSpot, SLA pain confirmed.",
    "Demo held; they want a pilot for the EMEA team.",
    "Walked through routing rules and the weekly review.",
    "Technical deep dive on the Salesforce sync with their admin.",
};
constexpr std::string_view meetingNoShow[] = {
    "No-show, sent a reschedule link.",
};
constexpr std::string_view linkedInSent[] = {
    "Connection request with a note about the webinar.",
    "InMail referencing their open SDR roles.",
};
constexpr std::string_view linkedInReplied[] = {
    "Replied on LinkedIn, prefers email.",
    "Accepted and asked for a one-pager.",
};
constexpr std::string_view notes[] = {
    "Existing Salesforce contract renews next quarter.",
    "Champion: marketing ops manager; economic buyer is the CRO.",
    "Competitor in the deal.",
    "Asked legal about data residency in the EU.",
    "Board meeting next month decides on the RevOps budget.",
};

constexpr std::array<DemoTouchText, 13> touches{{
    {"call", "connected", 80, callConnected},
    {"call", "voicemail", 50, callVoicemail},
    {"call", "no_answer", 15, callNoAnswer},
    {"call", "wrong_number", 90, callWrongNumber},
    {"email", "sent", 60, emailSent},
    {"email", "replied", 90, emailReplied},
    {"email", "bounced", 90, emailBounced},
    {"meeting", "scheduled", 80, meetingScheduled},
    {"meeting", "held", 95, meetingHeld},
    {"meeting", "no_show", 70, meetingNoShow},
    {"linkedin", "sent", 50, linkedInSent},
    {"linkedin", "replied", 80, linkedInReplied},
    {"note", "noted", 100, notes},
}};

struct ReasonNotes {
    std::string_view stage;
    std::string_view code;
    std::span<const std::string_view> notes;
};

constexpr std::string_view rejectedOther[] = {
    "Reseller, not an end customer.",
    "Agency researching for a client.",
    "Job seeker, not a buyer.",
    "Journalist writing about RevOps.",
};
constexpr std::string_view rejectedIcp[] = {
    "Two-person company, far below our ICP.",
    "Industry we do not serve.",
};
constexpr std::string_view rejectedAuthority[] = {
    "Intern collecting vendor info for their manager.",
    "No say in tooling; pointed us to IT.",
};
constexpr std::string_view rejectedIntent[] = {
    "Downloaded for a class project.",
    "Only wanted the report, no project planned.",
};
constexpr std::string_view rejectedExisting[] = {
    "Already a customer through the parent company.",
};
constexpr std::string_view rejectedBadData[] = {
    "Phone number and email both invalid.",
    "Fake name on the form.",
};
constexpr std::string_view disqualifiedOther[] = {
    "Company acquired; project on hold.",
    "Team too small for a dedicated tool.",
};
constexpr std::string_view disqualifiedBudget[] = {
    "No budget this fiscal year.",
    "Budget went to headcount instead.",
};
constexpr std::string_view disqualifiedCompetitor[] = {
    "Went with their CRM's native routing.",
    "Signed with a competitor after a pilot.",
};
constexpr std::string_view disqualifiedSilent[] = {
    "No reply after six touches over three weeks.",
};
constexpr std::string_view recycledOther[] = {
    "Champion left the company.",
    "Re-org in progress; revisit after it settles.",
};
constexpr std::string_view recycledTiming[] = {
    "Asked us to reconnect next quarter.",
    "In the middle of a CRM migration.",
};
constexpr std::string_view recycledBudget[] = {
    "Budget opens in the new fiscal year.",
};
constexpr std::string_view recycledNotReady[] = {
    "Interested, but their SDR team starts in the autumn.",
};

constexpr ReasonNotes reasonNoteList[] = {
    {"rejected", "other", rejectedOther},
    {"rejected", "not_icp_fit", rejectedIcp},
    {"rejected", "no_authority", rejectedAuthority},
    {"rejected", "no_buying_intent", rejectedIntent},
    {"rejected", "existing_customer", rejectedExisting},
    {"rejected", "bad_data", rejectedBadData},
    {"disqualified", "other", disqualifiedOther},
    {"disqualified", "no_budget", disqualifiedBudget},
    {"disqualified", "chose_competitor", disqualifiedCompetitor},
    {"disqualified", "unresponsive", disqualifiedSilent},
    {"recycled", "other", recycledOther},
    {"recycled", "bad_timing", recycledTiming},
    {"recycled", "budget_cycle", recycledBudget},
    {"recycled", "not_ready", recycledNotReady},
};

constexpr std::string_view opportunityList[] = {
    "Annual plan, Salesforce integration included.",     "Pilot for one SDR team, then rollout.",
    "Two-year agreement with the weekly review add-on.", "Replacing spreadsheet routing next quarter.",
    "Expansion from the EMEA team to global.",
};

struct ChecklistNotes {
    std::string_view criterion;
    std::span<const std::string_view> notes;
};

constexpr std::string_view budgetNotes[] = {
    "Budget approved for this fiscal year.",
    "The CRO owns the budget and confirmed it on the call.",
    "Funded from the RevOps tooling line.",
};
constexpr std::string_view authorityNotes[] = {
    "VP Revenue Operations signs; joined the demo.",
    "The CMO and the VP Sales both sat in on the second call.",
};
constexpr std::string_view needNotes[] = {
    "Leads sit unassigned for days; SLA pain confirmed.",
    "Sales and marketing argue about lead quality every month.",
};
constexpr std::string_view timelineNotes[] = {
    "Go-live planned before the next quarter.",
    "Wants the pilot running within six weeks.",
};
constexpr std::string_view championNotes[] = {
    "The marketing ops manager is driving it.",
    "Their SDR team lead asked for it.",
};

constexpr ChecklistNotes checklistNoteList[] = {
    {"budget", budgetNotes},     {"authority", authorityNotes}, {"need", needNotes},
    {"timeline", timelineNotes}, {"champion", championNotes},
};

constexpr std::string_view lostList[] = {
    "Chose a competitor",
    "No budget this year",
    "No decision",
    "Went with their CRM's native routing",
    "Project postponed after a re-org",
};

} // namespace

const DemoTouchText &DemoSalesNotes::touch(DemoTouch touch)
{
    return touches[static_cast<size_t>(touch)];
}

std::span<const std::string_view> DemoSalesNotes::reasonNotes(std::string_view stage, std::string_view code)
{
    for (const ReasonNotes &entry : reasonNoteList) {
        if (entry.stage == stage && entry.code == code)
            return entry.notes;
    }
    return {};
}

std::span<const std::string_view> DemoSalesNotes::opportunityNotes()
{
    return opportunityList;
}

std::span<const std::string_view> DemoSalesNotes::checklistNotes(std::string_view criterionId)
{
    for (const ChecklistNotes &entry : checklistNoteList) {
        if (entry.criterion == criterionId)
            return entry.notes;
    }
    return {};
}

std::span<const std::string_view> DemoSalesNotes::lostReasons()
{
    return lostList;
}

} // namespace baton
