#pragma once

#include "demo/DemoLeadRecord.h"

#include <QtGlobal>

#include <string>
#include <string_view>

struct sqlite3_stmt;

/// The demo writer's rows as SQL: each lead table's multi-row INSERT, the rows with the ids the
/// writer gives them, and how each row's values are bound.
namespace baton::demorows {

/// One table's INSERT: its column list, and how many rows go into one statement.
struct TableInsert {
    std::string_view table;
    std::string_view columns;
    int columnCount;
    int rowsPerChunk;
};

inline constexpr TableInsert leadInsert{
    "leads",
    "id, name, email, phone, title, seniority, company_name, company_domain, "
    "industry, employees, annual_revenue, country, region, campaign_id, "
    "created_at, stage, owner_id, handoff_at, revisit_on, stage_changed_at, "
    "version, last_event_at, sla_due_at, moved_without_contact",
    24, 32};
inline constexpr TableInsert eventInsert{
    "events", "id, lead_id, type, occurred_at, detail, campaign_id, detail_id", 7, 64};
inline constexpr TableInsert stageChangeInsert{
    "stage_changes",
    "id, lead_id, from_stage, to_stage, changed_at, user_id, reason_code, note, without_contact", 9, 32};
inline constexpr TableInsert activityInsert{"activities",
                                            "id, lead_id, type, outcome, occurred_at, user_id, note", 7, 32};
inline constexpr TableInsert handoffInsert{
    "handoffs",
    "id, lead_id, handed_over_at, definition_number, trigger, fit_score, "
    "engagement_score, fast_track, signal_event_id, completeness, missing_fields, campaign_id, rule_mask, "
    "top_rule, accepted_at, outcome, outcome_reason, outcome_at",
    18, 32};
inline constexpr TableInsert clockInsert{
    "sla_clocks",
    "handoff_id, lead_id, tier, window_minutes, started_at, due_at, assigned_at, "
    "owner_id, first_contact_at, first_contact_id, closed_at",
    11, 32};
inline constexpr TableInsert decisionInsert{
    "routing_decisions",
    "lead_id, handoff_id, decided_at, kind, assignee_id, rule_name, rule_position, reason", 8, 32};
inline constexpr TableInsert opportunityInsert{
    "opportunities",
    "lead_id, value_cents, note, created_at, created_by, expected_close, result, result_reason, closed_at, "
    "closed_by",
    10, 16};
inline constexpr TableInsert reviewInsert{
    "rejection_reviews",
    "id, stage_change_id, lead_id, handoff_id, stage, reason_code, rejected_at, rejected_by, campaign_id, "
    "total_score, status, status_at, status_by, version",
    14, 16};
inline constexpr TableInsert commentInsert{"lead_comments",
                                           "lead_id, review_id, written_at, author_id, kind, body", 6, 16};
inline constexpr TableInsert answerInsert{
    "qualification_answers",
    "lead_id, criterion_id, criterion, required, answer, note, answered_at, answered_by", 8, 32};

/// "INSERT INTO table (columns) VALUES (?, …), …" for `rows` rows.
std::string insertSql(const TableInsert &insert, int rows);

/// An event row with the id the writer gives it, so that handoffs can name their signal.
struct EventRef {
    qint64 id = 0;
    qint64 detailId = 0; ///< the detail's id in event_details; 0 for none
    const DemoEventRow *row = nullptr;
};

/// A handoff row with its id and its signal's event id, its rules' bits, and its clock with its first
/// contact's id.
struct HandoffRef {
    qint64 id = 0;
    qint64 signalEventId = 0;
    const DemoHandoffRow *row = nullptr;
    const DemoClockRow *clock = nullptr;
    qint64 firstContactId = 0;
    qint64 ruleMask = 0;
    int topRule = -1; ///< a score_rules bit; -1 for none
};

/// A stage change with the id the writer gives it, so that reviews can name it.
struct StageRef {
    qint64 id = 0;
    const DemoStageRow *row = nullptr;
};

/// A review row with its id and the ids it names.
struct ReviewRef {
    qint64 id = 0;
    qint64 stageChangeId = 0;
    qint64 handoffId = 0;
    const DemoHandoffRow *handoff = nullptr; ///< for its score; none without a handoff
    const DemoReviewRow *row = nullptr;
};

/// A comment row with the id of the review it belongs to (0: none).
struct CommentRef {
    qint64 reviewId = 0;
    const DemoCommentRow *row = nullptr;
};

/// A checklist answer with the conversion it was given at.
struct AnswerRef {
    const DemoAnswerRow *row = nullptr;
    const DemoLeadRecord *record = nullptr;
};

/// An activity row with the id the writer gives it.
struct ActivityRef {
    qint64 id = 0;
    const DemoActivityRow *row = nullptr;
};

/// Each binds one row's values from parameter `base` + 1 on.
void bindLead(sqlite3_stmt *s, int base, qint64 leadId, const DemoLeadRecord &record);
void bindEvent(sqlite3_stmt *s, int base, qint64 leadId, const EventRef &ref);
void bindHandoff(sqlite3_stmt *s, int base, qint64 leadId, const HandoffRef &ref);
void bindClock(sqlite3_stmt *s, int base, qint64 leadId, const HandoffRef &ref);
void bindDecision(sqlite3_stmt *s, int base, qint64 leadId, const HandoffRef &ref);
void bindStageChange(sqlite3_stmt *s, int base, qint64 leadId, const StageRef &ref);
void bindReview(sqlite3_stmt *s, int base, qint64 leadId, const ReviewRef &ref);
void bindComment(sqlite3_stmt *s, int base, qint64 leadId, const CommentRef &ref);
void bindAnswer(sqlite3_stmt *s, int base, qint64 leadId, const AnswerRef &ref);
void bindActivity(sqlite3_stmt *s, int base, qint64 leadId, const ActivityRef &ref);
void bindOpportunity(sqlite3_stmt *s, int base, qint64 leadId, const DemoLeadRecord &record);

} // namespace baton::demorows
