#include "demo/DemoReviewNotes.h"

#include "demo/DemoLeadRecord.h"

namespace baton {
namespace {

constexpr std::string_view acknowledgedAny[] = {
    "Acknowledged, thanks for the note.",
    "Agreed; the reason stands.",
    "Fair call. Noted for the next definition round.",
    "Makes sense. We will keep an eye on the source.",
};
constexpr std::string_view acknowledgedIntent[] = {
    "Agreed; a download on its own is not intent. We will weigh content less.",
    "Fair. Webinar attendance alone should not hand a lead over; noted for the scoring review.",
    "Agreed, research rather than a project. Back to nurture content for now.",
};
constexpr std::string_view acknowledgedAuthority[] = {
    "Agreed, no decision maker yet; we will nurture toward their manager.",
    "Fair. We will look for the budget owner at this account.",
};
constexpr std::string_view acknowledgedFit[] = {
    "Fair, outside the ICP; we will tighten the industry rule.",
    "Agreed, too small for us today.",
};
constexpr std::string_view acknowledgedData[] = {
    "Agreed; the form data was bad. We will add validation to that form.",
};

struct ReasonWords {
    std::string_view code;
    std::span<const std::string_view> words;
};

constexpr ReasonWords acknowledgedByReason[] = {
    {"no_buying_intent", acknowledgedIntent},
    {"no_authority", acknowledgedAuthority},
    {"not_icp_fit", acknowledgedFit},
    {"bad_data", acknowledgedData},
};

constexpr std::string_view upheldList[] = {
    "Upheld: two calls, and they confirmed there is no project this year.",
    "Upheld. The rejection stands after a second look at the call notes.",
    "Upheld; we checked with the account team and the reason holds.",
    "Upheld: I listened to the call, and the owner is right.",
};
constexpr std::string_view reopenedList[] = {
    "Reopened: fair point, back to the owner's queue for another call.",
    "Reopened; we will call them again this week.",
    "Reopened after a second look at the call notes.",
};
constexpr std::string_view recycledList[] = {
    "Back to nurture until the revisit date.",
    "Recycling into the nurture track for the next campaign.",
    "Taking it back; we will hand it over again when it is ready.",
};
constexpr std::string_view commentList[] = {
    "Their CFO attended the same webinar; worth a multi-threaded approach.",
    "This account is on our ABM list for the quarter.",
    "They came in through a partner referral; the partner can make an introduction.",
    "Heads-up: they asked about the Salesforce integration in the chat.",
    "Is this one still in play? They opened the last three emails.",
};

void appendNumber(std::string &out, qint64 value)
{
    out += std::to_string(value);
}

/// Ends the sentence, unless a name that ends in a full stop ("Acme Inc.") already did.
void endSentence(std::string &out)
{
    if (out.empty() || out.back() != '.')
        out += '.';
}

} // namespace

std::span<const std::string_view> DemoReviewNotes::acknowledged(std::string_view reasonCode)
{
    for (const ReasonWords &entry : acknowledgedByReason) {
        if (entry.code == reasonCode)
            return entry.words;
    }
    return acknowledgedAny;
}

void DemoReviewNotes::appendDispute(std::string &out, std::string_view reasonCode,
                                    const DemoLeadRecord &record, const DemoHandoffRow *handoff)
{
    const std::string_view company =
        record.companyName.empty() ? std::string_view("The company") : record.companyName;
    if (reasonCode == "no_authority" && !record.title.empty()) {
        const std::string_view seniority = record.seniority;
        if (seniority == "c_level" || seniority == "vp" || seniority == "director") {
            out += "The contact is the ";
            out += record.title;
            out += "; authority looks fine to us.";
        } else {
            out += "The ";
            out += record.title;
            out += " runs the evaluation for their VP; worth a call with both.";
        }
    } else if (reasonCode == "not_icp_fit" && !record.industry.empty()) {
        out += company;
        out += " is in ";
        out += record.industry;
        out += " with ";
        appendNumber(out, record.employees);
        out += " employees; that is our ICP.";
    } else if ((reasonCode == "no_buying_intent" || reasonCode == "no_need") && handoff != nullptr) {
        appendNumber(out, handoff->engagement);
        out += " engagement points at the handoff, well above the bar; worth another call.";
    } else if (reasonCode == "bad_data") {
        out += "The phone number checks out; we reached their switchboard.";
    } else if (reasonCode == "duplicate") {
        out += "Not a duplicate: this is a different person at ";
        out += company;
        endSentence(out);
    } else if (reasonCode == "existing_customer") {
        out += company;
        out += " is not a customer; the account you found is their parent company.";
    } else if (reasonCode == "student_or_competitor") {
        out += "The address is at ";
        out += record.companyDomain;
        out += "; this is a buyer, not a student.";
    } else if (reasonCode == "no_budget") {
        out += "They told our webinar host the budget is set aside for this half.";
    } else if (reasonCode == "no_timeline") {
        out += "Their RFP closes next month; the timeline is real.";
    } else {
        out += "The handoff met the agreement; we think this one deserves a second look.";
    }
}

std::span<const std::string_view> DemoReviewNotes::upheld()
{
    return upheldList;
}

std::span<const std::string_view> DemoReviewNotes::reopened()
{
    return reopenedList;
}

std::span<const std::string_view> DemoReviewNotes::recycled()
{
    return recycledList;
}

std::span<const std::string_view> DemoReviewNotes::comments()
{
    return commentList;
}

} // namespace baton
