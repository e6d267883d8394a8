#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace baton {

// Rows of one demo lead, ready for the bulk writer. Text is UTF-8: string_views point into
// the word lists and the company pool (which outlive the run), strings hold what is built
// per lead. An empty view or a zero id stands for NULL.

struct DemoEventRow {
    qint64 at = 0;
    std::string_view type;
    std::string_view detail;
    qint64 campaignId = 0;
    quint32 order = 0; ///< tie-break for events at the same second
};

struct DemoStageRow {
    std::string_view from; ///< empty for the lead's creation
    std::string_view to;
    qint64 at = 0;
    qint64 userId = 0;
    std::string_view reasonCode;
    std::string_view note;
    bool withoutContact = false; ///< moved on from mql or sal with no meaningful contact since the handoff
};

struct DemoActivityRow {
    std::string_view type;
    std::string_view outcome;
    qint64 at = 0;
    qint64 userId = 0;
    std::string_view note;
    quint32 order = 0;
};

/// One handoff of the lead with its record: the signal (by its order, then its index in the
/// sorted events) and the scores and completeness at that moment.
struct DemoHandoffRow {
    qint64 at = 0;
    quint32 signalOrder = 0;
    int signalIndex = -1; ///< into DemoLeadRecord::events once sorted; -1 for none
    int definitionNumber = 0;
    int fit = 0;
    int engagement = 0;
    bool fastTrack = false;
    int completeness = 100;
    std::string missing; ///< comma-separated field names
    qint64 campaignId = 0;
    /// The rules that gave points (Scorer::rulePoints, points > 0, in its order): indexes into
    /// DemoContext::scoreRules, at [firstRule, firstRule + ruleCount) of DemoLeadRecord::handoffRules.
    quint32 firstRule = 0;
    quint32 ruleCount = 0;
    int topRule = -1; ///< which of them RulePoints::dominant picked (0-based among them); -1 for none
    /// The engagement rule that gave most of the engagement points, when it gave at least 40% of
    /// them (an index into DemoContext::scoreRules); -1 for none.
    int leadingEngagementRule = -1;
    // What sales made of it: the first acceptance, and the last move out of mql or sal before the
    // next handoff.
    qint64 acceptedAt = 0;
    std::string_view outcome; ///< empty: nothing yet
    std::string_view outcomeReason;
    qint64 outcomeAt = 0;
};

/// Marketing's review of one rejection or disqualification.
struct DemoReviewRow {
    int stageChangeIndex = 0; ///< into DemoLeadRecord::stageChanges
    int handoffIndex = -1;    ///< the lead's latest handoff then; -1 for none
    std::string_view stage;   ///< rejected or disqualified
    std::string_view reasonCode;
    qint64 rejectedAt = 0;
    qint64 rejectedBy = 0;
    qint64 campaignId = 0;
    std::string_view status; ///< open, acknowledged, …
    qint64 statusAt = 0;
    qint64 statusBy = 0;
    int version = 1; ///< one more for each step after open
};

/// One entry of the lead's thread: a comment, or a review step with its words.
struct DemoCommentRow {
    int reviewIndex = -1; ///< into DemoLeadRecord::reviews; -1 for a plain comment
    qint64 at = 0;
    qint64 authorId = 0;
    std::string_view kind;
    std::string body;
};

/// The answer to one item of the qualification checklist, given at the conversion.
struct DemoAnswerRow {
    std::string_view criterionId;
    std::string_view criterion;
    bool required = true;
    std::string_view answer; ///< yes, no, unknown
    std::string_view note;
};

/// A rule that can give points, as the score_rules table names it.
struct DemoScoreRule {
    QString key; ///< "fit:icp_industry", "engagement:downloads"
    QString name;
};

/// The response clock and routing decision of one handoff (same order as handoffs).
struct DemoClockRow {
    std::string tier; ///< empty: no tier, no clock
    int windowMinutes = 0;
    qint64 dueAt = 0; ///< 0: none
    qint64 assignedAt = 0;
    qint64 ownerId = 0;
    qint64 firstContactAt = 0;
    int firstContactIndex = -1; ///< into activities; -1 for none
    qint64 closedAt = 0;
    int rulePosition = 0;
    std::string ruleName;
    std::string reason;
};

struct DemoLeadRecord {
    qint64 id = 0;
    std::string name;
    std::string email;
    std::string phone;
    std::string revisitOn; ///< ISO date for recycled leads
    std::string_view title;
    std::string_view seniority;
    std::string_view companyName;
    std::string_view companyDomain;
    std::string_view industry;
    std::string_view country;
    std::string_view region;
    std::string_view stage;
    qint64 employees = 0;
    qint64 annualRevenue = 0;
    qint64 campaignId = 0;
    qint64 createdAt = 0;
    qint64 ownerId = 0;
    qint64 handoffAt = 0;
    qint64 stageChangedAt = 0;
    qint64 version = 1;
    qint64 lastEventAt = 0;           ///< 0 when it has no events
    qint64 slaDueAt = 0;              ///< the running response clock's due time; 0 when none runs
    bool movedWithoutContact = false; ///< its latest move had no contact behind it, and none came since

    std::vector<DemoEventRow> events;
    std::vector<DemoStageRow> stageChanges;
    std::vector<DemoActivityRow> activities;
    std::vector<DemoHandoffRow> handoffs;
    std::vector<DemoClockRow> clocks;
    std::vector<quint16> handoffRules; ///< see DemoHandoffRow::firstRule
    std::vector<DemoReviewRow> reviews;
    std::vector<DemoCommentRow> comments;
    std::vector<DemoAnswerRow> answers; ///< the checklist answered at the conversion

    bool hasOpportunity = false;
    qint64 opportunityCents = 0;
    std::string_view opportunityNote;
    qint64 opportunityAt = 0;
    qint64 opportunityBy = 0;
    std::string expectedClose; ///< ISO date
    std::string_view result;   ///< won, lost; empty while open
    std::string_view resultReason;
    qint64 closedAt = 0;
    qint64 closedBy = 0;
};

} // namespace baton
