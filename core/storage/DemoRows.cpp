#include "storage/DemoRows.h"

#include <sqlite3.h>

namespace baton::demorows {
namespace {

// The hot path binds straight through the C API: text without a copy (the record outlives
// the step), empty text and zero ids as NULL.
void bindText(sqlite3_stmt *statement, int index, std::string_view text)
{
    if (text.empty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void bindInt(sqlite3_stmt *statement, int index, qint64 value)
{
    sqlite3_bind_int64(statement, index, value);
}

void bindId(sqlite3_stmt *statement, int index, qint64 id)
{
    if (id == 0)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_int64(statement, index, id);
}

} // namespace

std::string insertSql(const TableInsert &insert, int rows)
{
    std::string tuple = "(";
    for (int column = 0; column < insert.columnCount; ++column)
        tuple += column == 0 ? "?" : ", ?";
    tuple += ")";
    std::string sql =
        "INSERT INTO " + std::string(insert.table) + " (" + std::string(insert.columns) + ") VALUES ";
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += ", ";
        sql += tuple;
    }
    return sql;
}

void bindLead(sqlite3_stmt *s, int base, qint64 /*leadId*/, const DemoLeadRecord &record)
{
    bindInt(s, base + 1, record.id);
    bindText(s, base + 2, record.name);
    bindText(s, base + 3, record.email);
    bindText(s, base + 4, record.phone);
    bindText(s, base + 5, record.title);
    bindText(s, base + 6, record.seniority);
    bindText(s, base + 7, record.companyName);
    bindText(s, base + 8, record.companyDomain);
    bindText(s, base + 9, record.industry);
    bindInt(s, base + 10, record.employees);
    bindInt(s, base + 11, record.annualRevenue);
    bindText(s, base + 12, record.country);
    bindText(s, base + 13, record.region);
    bindId(s, base + 14, record.campaignId);
    bindInt(s, base + 15, record.createdAt);
    bindText(s, base + 16, record.stage);
    bindId(s, base + 17, record.ownerId);
    bindId(s, base + 18, record.handoffAt);
    bindText(s, base + 19, record.revisitOn);
    bindInt(s, base + 20, record.stageChangedAt);
    bindInt(s, base + 21, record.version);
    bindId(s, base + 22, record.lastEventAt);
    bindId(s, base + 23, record.slaDueAt);
    bindInt(s, base + 24, record.movedWithoutContact ? 1 : 0);
}

void bindEvent(sqlite3_stmt *s, int base, qint64 leadId, const EventRef &ref)
{
    const DemoEventRow &row = *ref.row;
    bindInt(s, base + 1, ref.id);
    bindInt(s, base + 2, leadId);
    bindText(s, base + 3, row.type);
    bindInt(s, base + 4, row.at);
    bindText(s, base + 5, row.detail);
    bindId(s, base + 6, row.campaignId);
    bindId(s, base + 7, ref.detailId);
}

void bindHandoff(sqlite3_stmt *s, int base, qint64 leadId, const HandoffRef &ref)
{
    const DemoHandoffRow &row = *ref.row;
    bindInt(s, base + 1, ref.id);
    bindInt(s, base + 2, leadId);
    bindInt(s, base + 3, row.at);
    bindInt(s, base + 4, row.definitionNumber);
    sqlite3_bind_text(s, base + 5, "event", 5, SQLITE_STATIC);
    bindInt(s, base + 6, row.fit);
    bindInt(s, base + 7, row.engagement);
    bindInt(s, base + 8, row.fastTrack ? 1 : 0);
    bindId(s, base + 9, ref.signalEventId);
    bindInt(s, base + 10, row.completeness);
    sqlite3_bind_text(s, base + 11, row.missing.data(), static_cast<int>(row.missing.size()), SQLITE_STATIC);
    bindId(s, base + 12, row.campaignId);
    bindInt(s, base + 13, ref.ruleMask);
    if (ref.topRule >= 0)
        bindInt(s, base + 14, ref.topRule);
    else
        sqlite3_bind_null(s, base + 14);
    bindId(s, base + 15, row.acceptedAt);
    bindText(s, base + 16, row.outcome);
    bindText(s, base + 17, row.outcomeReason);
    bindId(s, base + 18, row.outcomeAt);
}

void bindClock(sqlite3_stmt *s, int base, qint64 leadId, const HandoffRef &ref)
{
    const DemoClockRow &clock = *ref.clock;
    bindInt(s, base + 1, ref.id);
    bindInt(s, base + 2, leadId);
    bindText(s, base + 3, clock.tier);
    bindInt(s, base + 4, clock.windowMinutes);
    bindInt(s, base + 5, ref.row->at);
    bindId(s, base + 6, clock.dueAt);
    bindId(s, base + 7, clock.assignedAt);
    bindId(s, base + 8, clock.ownerId);
    bindId(s, base + 9, clock.firstContactAt);
    bindId(s, base + 10, ref.firstContactId);
    bindId(s, base + 11, clock.closedAt);
}

void bindDecision(sqlite3_stmt *s, int base, qint64 leadId, const HandoffRef &ref)
{
    const DemoClockRow &clock = *ref.clock;
    bindInt(s, base + 1, leadId);
    bindInt(s, base + 2, ref.id);
    bindInt(s, base + 3, ref.row->at);
    sqlite3_bind_text(s, base + 4, "route", 5, SQLITE_STATIC);
    bindId(s, base + 5, clock.ownerId);
    bindText(s, base + 6, clock.ruleName);
    bindInt(s, base + 7, clock.rulePosition);
    if (clock.reason.empty())
        sqlite3_bind_text(s, base + 8, "Handed to its owner when the demo history was made.", -1,
                          SQLITE_STATIC);
    else
        bindText(s, base + 8, clock.reason);
}

void bindStageChange(sqlite3_stmt *s, int base, qint64 leadId, const StageRef &ref)
{
    const DemoStageRow &row = *ref.row;
    bindInt(s, base + 1, ref.id);
    bindInt(s, base + 2, leadId);
    bindText(s, base + 3, row.from);
    bindText(s, base + 4, row.to);
    bindInt(s, base + 5, row.at);
    bindId(s, base + 6, row.userId);
    bindText(s, base + 7, row.reasonCode);
    bindText(s, base + 8, row.note);
    bindInt(s, base + 9, row.withoutContact ? 1 : 0);
}

void bindReview(sqlite3_stmt *s, int base, qint64 leadId, const ReviewRef &ref)
{
    const DemoReviewRow &row = *ref.row;
    bindInt(s, base + 1, ref.id);
    bindInt(s, base + 2, ref.stageChangeId);
    bindInt(s, base + 3, leadId);
    bindId(s, base + 4, ref.handoffId);
    bindText(s, base + 5, row.stage);
    bindText(s, base + 6, row.reasonCode.empty() ? std::string_view("other") : row.reasonCode);
    bindInt(s, base + 7, row.rejectedAt);
    bindId(s, base + 8, row.rejectedBy);
    bindId(s, base + 9, row.campaignId);
    if (ref.handoff != nullptr)
        bindInt(s, base + 10, ref.handoff->fit + ref.handoff->engagement);
    else
        sqlite3_bind_null(s, base + 10);
    bindText(s, base + 11, row.status);
    bindId(s, base + 12, row.statusAt);
    bindId(s, base + 13, row.statusBy);
    bindInt(s, base + 14, row.version);
}

void bindComment(sqlite3_stmt *s, int base, qint64 leadId, const CommentRef &ref)
{
    const DemoCommentRow &row = *ref.row;
    bindInt(s, base + 1, leadId);
    bindId(s, base + 2, ref.reviewId);
    bindInt(s, base + 3, row.at);
    bindInt(s, base + 4, row.authorId);
    bindText(s, base + 5, row.kind);
    sqlite3_bind_text(s, base + 6, row.body.data(), static_cast<int>(row.body.size()), SQLITE_STATIC);
}

void bindAnswer(sqlite3_stmt *s, int base, qint64 leadId, const AnswerRef &ref)
{
    const DemoAnswerRow &row = *ref.row;
    bindInt(s, base + 1, leadId);
    bindText(s, base + 2, row.criterionId);
    bindText(s, base + 3, row.criterion);
    bindInt(s, base + 4, row.required ? 1 : 0);
    bindText(s, base + 5, row.answer);
    bindText(s, base + 6, row.note);
    bindInt(s, base + 7, ref.record->opportunityAt);
    bindId(s, base + 8, ref.record->opportunityBy);
}

void bindActivity(sqlite3_stmt *s, int base, qint64 leadId, const ActivityRef &ref)
{
    const DemoActivityRow &row = *ref.row;
    bindInt(s, base + 1, ref.id);
    bindInt(s, base + 2, leadId);
    bindText(s, base + 3, row.type);
    bindText(s, base + 4, row.outcome);
    bindInt(s, base + 5, row.at);
    bindId(s, base + 6, row.userId);
    bindText(s, base + 7, row.note);
}

void bindOpportunity(sqlite3_stmt *s, int base, qint64 leadId, const DemoLeadRecord &record)
{
    bindInt(s, base + 1, leadId);
    bindInt(s, base + 2, record.opportunityCents);
    bindText(s, base + 3, record.opportunityNote);
    bindInt(s, base + 4, record.opportunityAt);
    bindId(s, base + 5, record.opportunityBy);
    bindText(s, base + 6, record.expectedClose);
    bindText(s, base + 7, record.result);
    bindText(s, base + 8, record.resultReason);
    bindId(s, base + 9, record.closedAt);
    bindId(s, base + 10, record.closedBy);
}

} // namespace baton::demorows
