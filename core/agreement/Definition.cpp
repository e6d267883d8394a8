#include "agreement/Definition.h"

#include <algorithm>

namespace baton {
namespace {

bool sameReason(const Reason &a, const Reason &b)
{
    return a.code == b.code && a.label == b.label && a.stage == b.stage && a.noteRequired == b.noteRequired;
}

FitRule listRule(QString id, QString name, FitField field, FitOperator op, QStringList values, int points)
{
    FitRule rule;
    rule.id = std::move(id);
    rule.name = std::move(name);
    rule.field = field;
    rule.op = op;
    rule.values = std::move(values);
    rule.points = points;
    return rule;
}

FitRule rangeRule(QString id, QString name, FitField field, std::optional<qint64> min,
                  std::optional<qint64> max, int points)
{
    FitRule rule;
    rule.id = std::move(id);
    rule.name = std::move(name);
    rule.field = field;
    rule.op = FitOperator::InRange;
    rule.min = min;
    rule.max = max;
    rule.points = points;
    return rule;
}

EngagementRule engagementRule(QString id, QString name, EventType type, QString pattern, double points,
                              double halfLife, std::optional<double> cap)
{
    return EngagementRule{std::move(id), std::move(name), type, std::move(pattern), points, halfLife, cap};
}

Reason reason(Stage stage, const char *code, const char *label, bool noteRequired = false)
{
    return Reason{QString::fromLatin1(code), QString::fromLatin1(label), stage, noteRequired};
}

} // namespace

bool Definition::operator==(const Definition &other) const
{
    return fitRules == other.fitRules && engagementRules == other.engagementRules &&
           mqlRule == other.mqlRule && requiredFields == other.requiredFields &&
           checklist == other.checklist &&
           std::equal(reasons.begin(), reasons.end(), other.reasons.begin(), other.reasons.end(),
                      sameReason) &&
           meaningfulContacts == other.meaningfulContacts && slaTiers == other.slaTiers &&
           targets == other.targets;
}

Definition Definition::defaults()
{
    using F = FitField;
    using O = FitOperator;
    using E = EventType;
    using S = Stage;
    Definition d;
    d.fitRules = {
        listRule("icp_industry", "Target industry", F::Industry, O::InList,
                 {"Software", "Financial Services", "Healthcare", "Professional Services"}, 20),
        rangeRule("mid_market", "Mid-market size", F::Employees, 200, 4999, 20),
        rangeRule("enterprise", "Enterprise size", F::Employees, 5000, std::nullopt, 15),
        rangeRule("revenue", "Revenue over 20M", F::AnnualRevenue, 20'000'000, std::nullopt, 10),
        listRule("core_regions", "Served regions", F::Region, O::InList, {"NA", "EMEA"}, 10),
        listRule("decision_makers", "Decision-maker seniority", F::Seniority, O::InList,
                 {"c_level", "vp", "director"}, 15),
        listRule("revenue_titles", "Revenue-team title", F::Title, O::ContainsAny,
                 {"marketing", "sales", "revenue", "revops", "growth"}, 10),
        listRule("students", "Students", F::Seniority, O::InList, {"student"}, -40),
    };
    d.engagementRules = {
        engagementRule("pricing_page", "Visited the pricing page", E::PageView, "/pricing*", 10, 14, 30),
        engagementRule("product_pages", "Read product pages", E::PageView, "/product*", 3, 14, 15),
        engagementRule("other_pages", "Other page views", E::PageView, {}, 1, 7, 5),
        engagementRule("downloads", "Downloaded content", E::ContentDownload, {}, 8, 30, 24),
        engagementRule("webinar_attended", "Attended a webinar", E::WebinarAttended, {}, 12, 30, 24),
        engagementRule("webinar_question", "Asked a webinar question", E::WebinarQuestion, {}, 10, 30, 20),
        engagementRule("forms", "Submitted a form", E::FormSubmit, {}, 10, 30, 20),
        engagementRule("email_clicks", "Clicked an email", E::EmailClick, {}, 3, 14, 9),
        engagementRule("event_visit", "Met at an event", E::EventVisit, {}, 15, 60, 15),
        engagementRule("demo_request", "Requested a demo", E::DemoRequest, {}, 40, 30, 40),
    };
    d.mqlRule = MqlRule{50, 30, {E::DemoRequest}};
    d.requiredFields = {"email",           "title",    "company.industry", "company.employees",
                        "company.country", "campaign", "buying_signal"};
    d.checklist = {{"budget", "Budget confirmed", true},
                   {"authority", "Decision maker involved", true},
                   {"need", "Need confirmed", true},
                   {"timeline", "Timeline within 6 months", true},
                   {"champion", "Internal champion identified", false}};
    d.reasons = {
        reason(S::Rejected, "not_icp_fit", "Not an ICP fit"),
        reason(S::Rejected, "no_authority", "No authority"),
        reason(S::Rejected, "no_buying_intent", "No buying intent"),
        reason(S::Rejected, "student_or_competitor", "Student or competitor"),
        reason(S::Rejected, "existing_customer", "Existing customer"),
        reason(S::Rejected, "duplicate", "Duplicate"),
        reason(S::Rejected, "bad_data", "Bad contact data"),
        reason(S::Rejected, "other", "Other (explain in the note)", true),
        reason(S::Disqualified, "no_budget", "No budget"),
        reason(S::Disqualified, "no_need", "No real need"),
        reason(S::Disqualified, "no_timeline", "No timeline"),
        reason(S::Disqualified, "chose_competitor", "Chose a competitor"),
        reason(S::Disqualified, "unresponsive", "Went silent"),
        reason(S::Disqualified, "other", "Other (explain in the note)", true),
        reason(S::Recycled, "bad_timing", "Bad timing, revisit later"),
        reason(S::Recycled, "budget_cycle", "Waiting for the next budget cycle"),
        reason(S::Recycled, "not_ready", "Interested but not ready"),
        reason(S::Recycled, "unresponsive", "No response after the cadence"),
        reason(S::Recycled, "other", "Other (explain in the note)", true),
    };
    d.meaningfulContacts = {{ActivityType::Call, {"connected"}},
                            {ActivityType::Email, {"replied"}},
                            {ActivityType::Meeting, {"scheduled", "held"}},
                            {ActivityType::LinkedIn, {"replied"}}};
    d.slaTiers = {
        {"hot", 15, {E::DemoRequest}, std::nullopt}, {"warm", 240, {}, 80}, {"cool", 480, {}, std::nullopt}};
    using B = MetricTarget::Bound;
    d.targets = {{MetricKey::AcceptanceRate, B::AtLeast, 0.6},
                 {MetricKey::SlaCompliance, B::AtLeast, 0.8},
                 {MetricKey::Completeness, B::AtLeast, 0.9},
                 {MetricKey::FirstContactMedian, B::AtMost, 3600}};
    return d;
}

} // namespace baton
