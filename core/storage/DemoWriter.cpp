#include "storage/DemoWriter.h"

#include "demo/DemoLeadRecord.h"
#include "storage/Database.h"

#include <sqlite3.h>

namespace baton {
namespace {

// The lead tables the generator fills in bulk; their secondary indexes are rebuilt at the end
// (events_lead too: built by sorting, its pages come out 12% fewer than grown row by row, and
// the whole-file passes read every one of them). And the triggers that fill events.detail_id for writers that
// do not give it: this one does, and a trigger costs a sub-program run per row, as much again as writing the
// row.
constexpr std::string_view bulkIndexes =
    "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN "
    "('leads', 'events', 'activities', 'stage_changes', 'opportunities', 'handoffs', 'sla_clocks', "
    "'routing_decisions', 'rejection_reviews', 'lead_comments')) OR (type = 'trigger' AND tbl_name = "
    "'events')) ORDER BY rowid";

/// One table's INSERT: its column list, and how many rows go into one statement.
struct TableInsert {
    std::string_view table;
    std::string_view columns;
    int columnCount;
    int rowsPerChunk;
};

constexpr TableInsert leadInsert{"leads",
                                 "id, name, email, phone, title, seniority, company_name, company_domain, "
                                 "industry, employees, annual_revenue, country, region, campaign_id, "
                                 "created_at, stage, owner_id, handoff_at, revisit_on, stage_changed_at, "
                                 "version, last_event_at, sla_due_at, moved_without_contact",
                                 24, 32};
constexpr TableInsert eventInsert{"events", "id, lead_id, type, occurred_at, detail, campaign_id, detail_id",
                                  7, 64};
constexpr TableInsert stageChangeInsert{
    "stage_changes",
    "id, lead_id, from_stage, to_stage, changed_at, user_id, reason_code, note, without_contact", 9, 32};
constexpr TableInsert activityInsert{"activities", "id, lead_id, type, outcome, occurred_at, user_id, note",
                                     7, 32};
constexpr TableInsert handoffInsert{
    "handoffs",
    "id, lead_id, handed_over_at, definition_number, trigger, fit_score, "
    "engagement_score, fast_track, signal_event_id, completeness, missing_fields, campaign_id, rule_mask, "
    "top_rule, accepted_at, outcome, outcome_reason, outcome_at",
    18, 32};
constexpr TableInsert clockInsert{
    "sla_clocks",
    "handoff_id, lead_id, tier, window_minutes, started_at, due_at, assigned_at, "
    "owner_id, first_contact_at, first_contact_id, closed_at",
    11, 32};
constexpr TableInsert decisionInsert{
    "routing_decisions",
    "lead_id, handoff_id, decided_at, kind, assignee_id, rule_name, rule_position, reason", 8, 32};
constexpr TableInsert opportunityInsert{
    "opportunities",
    "lead_id, value_cents, note, created_at, created_by, expected_close, result, result_reason, closed_at, "
    "closed_by",
    10, 16};
constexpr TableInsert reviewInsert{
    "rejection_reviews",
    "id, stage_change_id, lead_id, handoff_id, stage, reason_code, rejected_at, rejected_by, campaign_id, "
    "total_score, status, status_at, status_by, version",
    14, 16};
constexpr TableInsert commentInsert{"lead_comments", "lead_id, review_id, written_at, author_id, kind, body",
                                    6, 16};
constexpr TableInsert answerInsert{
    "qualification_answers",
    "lead_id, criterion_id, criterion, required, answer, note, answered_at, answered_by", 8, 32};

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

// Appends only touch the right edge of each B-tree, and the index sorter sizes its runs by the
// cache: 64 MiB is as fast as 256 MiB (measured) and keeps the process near 320 MB at 1M leads.
constexpr qint64 bulkCacheKiB = qint64{64} * 1024;

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

/// Collects rows of one table and inserts them a chunk per statement; the rest one by one.
/// The rows (and the text they point to) must stay alive until finish().
template<typename Row>
class Chunker {
public:
    using Bind = void (*)(sqlite3_stmt *, int, qint64, const Row &);

    Chunker(Database &db, Statement &one, Statement &chunk, const TableInsert &insert, Bind bind)
        : m_db(db)
        , m_one(one.handle())
        , m_chunk(chunk.handle())
        , m_insert(insert)
        , m_bind(bind)
    {
        m_pending.reserve(static_cast<size_t>(insert.rowsPerChunk));
    }

    Result<void> add(qint64 leadId, const Row &row)
    {
        m_pending.push_back({leadId, &row});
        if (static_cast<int>(m_pending.size()) < m_insert.rowsPerChunk)
            return {};
        int base = 0;
        for (const auto &[id, pending] : m_pending) {
            m_bind(m_chunk, base, id, *pending);
            base += m_insert.columnCount;
        }
        m_pending.clear();
        return step(m_chunk);
    }

    Result<void> finish()
    {
        for (const auto &[id, pending] : m_pending) {
            m_bind(m_one, 0, id, *pending);
            BATON_TRY(step(m_one));
        }
        m_pending.clear();
        return {};
    }

private:
    Result<void> step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE) {
            sqlite3_reset(statement);
            return {};
        }
        Error error = m_db.lastError(m_insert.table);
        sqlite3_reset(statement);
        return error;
    }

    Database &m_db;
    sqlite3_stmt *m_one;
    sqlite3_stmt *m_chunk;
    const TableInsert &m_insert;
    Bind m_bind;
    std::vector<std::pair<qint64, const Row *>> m_pending;
};

std::string pragma(std::string_view name, qint64 value)
{
    return "PRAGMA " + std::string(name) + " = " + std::to_string(value);
}

} // namespace

DemoWriter::~DemoWriter()
{
    if (m_transaction || m_saved)
        rollback();
}

Result<std::string> DemoWriter::queryText(std::string_view sql)
{
    auto statement = m_db.prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0).toStdString() : std::string();
}

Result<bool> DemoWriter::hasLeads()
{
    auto found = m_db.queryInt("SELECT EXISTS (SELECT 1 FROM leads)");
    if (!found)
        return found.error();
    return *found != 0;
}

Result<void> DemoWriter::enterBulkMode()
{
    Settings saved;
    auto journal = queryText("PRAGMA journal_mode");
    if (!journal)
        return journal.error();
    saved.journalMode = *journal;
    for (auto [name, target] :
         {std::pair{"synchronous", &saved.synchronous}, std::pair{"cache_size", &saved.cacheSize},
          std::pair{"foreign_keys", &saved.foreignKeys}, std::pair{"threads", &saved.threads},
          std::pair{"ignore_check_constraints", &saved.ignoreChecks}}) {
        auto value = m_db.queryInt("PRAGMA " + std::string(name));
        if (!value)
            return value.error();
        *target = *value;
    }
    m_saved = saved;

    // The data is consistent by construction; checking every event's lead costs a lookup each.
    BATON_TRY(m_db.exec("PRAGMA foreign_keys = OFF"));
    // Likewise the CHECK constraints: a dozen comparisons for every row (PRAGMA integrity_check still
    // checks them on the written file).
    BATON_TRY(m_db.exec("PRAGMA ignore_check_constraints = ON"));
    if (saved.journalMode == "wal") {
        // WAL would write every new page twice (log, then checkpoint). A rollback journal on a
        // file without leads writes almost nothing. Needs the file to ourselves: if someone
        // else has it open, it stays in WAL, which is only slower.
        (void)queryText("PRAGMA journal_mode = DELETE");
    }
    BATON_TRY(m_db.exec("PRAGMA synchronous = OFF"));
    BATON_TRY(m_db.exec(pragma("cache_size", -bulkCacheKiB)));
    return {};
}

void DemoWriter::leaveBulkMode()
{
    if (!m_saved)
        return;
    const Settings saved = *m_saved;
    m_saved.reset();
    if (!saved.journalMode.empty())
        (void)queryText("PRAGMA journal_mode = " + saved.journalMode);
    (void)m_db.exec(pragma("synchronous", saved.synchronous));
    (void)m_db.exec(pragma("cache_size", saved.cacheSize));
    (void)m_db.exec(pragma("threads", saved.threads));
    (void)m_db.exec(pragma("foreign_keys", saved.foreignKeys));
    (void)m_db.exec(pragma("ignore_check_constraints", saved.ignoreChecks));
}

Result<void> DemoWriter::dropIndexesAndTriggers()
{
    m_dropped.clear();
    auto statement = m_db.prepare(bulkIndexes);
    if (!statement)
        return statement.error();
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        m_dropped.push_back({statement->text(0) == QLatin1String("trigger"), statement->text(1).toStdString(),
                             statement->text(2).toStdString()});
    }
    for (const DroppedObject &object : m_dropped)
        BATON_TRY(m_db.exec(std::string(object.trigger ? "DROP TRIGGER \"" : "DROP INDEX \"") + object.name +
                            "\""));
    return {};
}

Result<void> DemoWriter::recreateIndexesAndTriggers()
{
    // The sorter may use a second thread while building each index.
    BATON_TRY(m_db.exec("PRAGMA threads = 2"));
    for (const DroppedObject &object : m_dropped)
        BATON_TRY(m_db.exec(object.sql));
    m_dropped.clear();
    return {};
}

Result<void> DemoWriter::analyze()
{
    // Planner statistics, so the queue queries pick their partial indexes: without them SQLite
    // guesses that stage = ? is selective and sorts every open lead for a page. Exact for the
    // lead tables (a fraction of a second), sampled for the large events table.
    auto limit = m_db.queryInt("PRAGMA analysis_limit");
    if (!limit)
        return limit.error();
    BATON_TRY(m_db.exec("PRAGMA analysis_limit = 0"));
    BATON_TRY(m_db.exec("ANALYZE users; ANALYZE campaigns; ANALYZE leads; ANALYZE stage_changes; "
                        "ANALYZE activities; ANALYZE opportunities"));
    BATON_TRY(m_db.exec("PRAGMA analysis_limit = 2000"));
    BATON_TRY(m_db.exec("ANALYZE events"));
    return m_db.exec(pragma("analysis_limit", *limit));
}

Result<void> DemoWriter::prepareInserts()
{
    for (auto [insert, target] :
         {std::pair{&leadInsert, &m_leads}, std::pair{&eventInsert, &m_events},
          std::pair{&stageChangeInsert, &m_stageChanges}, std::pair{&activityInsert, &m_activities},
          std::pair{&opportunityInsert, &m_opportunities}, std::pair{&handoffInsert, &m_handoffs},
          std::pair{&clockInsert, &m_clocks}, std::pair{&decisionInsert, &m_decisions},
          std::pair{&reviewInsert, &m_reviews}, std::pair{&commentInsert, &m_comments},
          std::pair{&answerInsert, &m_answers}}) {
        auto one = m_db.prepare(insertSql(*insert, 1));
        if (!one)
            return one.error();
        auto chunk = m_db.prepare(insertSql(*insert, insert->rowsPerChunk));
        if (!chunk)
            return chunk.error();
        target->one = std::move(one).value();
        target->chunk = std::move(chunk).value();
    }
    return {};
}

Result<void> DemoWriter::begin()
{
    if (m_transaction)
        return makeError(ErrorKind::Storage, QStringLiteral("The demo writer has already begun."));
    auto entered = enterBulkMode();
    if (entered) {
        auto transaction = Transaction::begin(m_db);
        if (transaction) {
            m_transaction.emplace(std::move(transaction).value());
            auto ready = dropIndexesAndTriggers();
            if (ready)
                ready = prepareInserts();
            if (ready)
                ready = loadDetailIds();
            if (ready)
                ready = loadNextIds();
            m_scoreRules.emplace(m_db);
            m_ruleBits.clear();
            if (ready)
                return {};
            entered = ready;
        } else {
            entered = transaction.error();
        }
    }
    rollback();
    return entered.error();
}

Result<void> DemoWriter::loadNextIds()
{
    for (auto [table, target] :
         {std::pair{"events", &m_nextEventId}, std::pair{"handoffs", &m_nextHandoffId},
          std::pair{"activities", &m_nextActivityId}, std::pair{"stage_changes", &m_nextStageChangeId},
          std::pair{"rejection_reviews", &m_nextReviewId}}) {
        auto next = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM " + std::string(table));
        if (!next)
            return next.error();
        *target = *next;
    }
    return {};
}

void DemoWriter::setScoreRules(std::span<const DemoScoreRule> rules)
{
    m_rules.assign(rules.begin(), rules.end());
    m_ruleBits.clear();
}

Result<void> DemoWriter::ruleBits(const DemoLeadRecord &record, const DemoHandoffRow &handoff,
                                  HandoffBits &bits)
{
    bits = HandoffBits{};
    if (!m_scoreRules)
        return {};
    if (m_ruleBits.size() != m_rules.size())
        m_ruleBits.assign(m_rules.size(), unseenRule);
    for (quint32 i = 0; i < handoff.ruleCount; ++i) {
        const size_t index = record.handoffRules[handoff.firstRule + i];
        if (index >= m_rules.size())
            continue;
        int &bit = m_ruleBits[index];
        if (bit == unseenRule) { // first sight: its bit, as a live handoff gives it
            auto given = m_scoreRules->bitFor(m_rules[index].key, m_rules[index].name);
            if (!given)
                return given.error();
            bit = given->value_or(-1);
        }
        if (bit < 0)
            continue; // past the file's 63 rules
        bits.mask |= qint64{1} << bit;
        if (static_cast<int>(i) == handoff.topRule)
            bits.top = bit;
    }
    return {};
}

Result<void> DemoWriter::loadDetailIds()
{
    m_detailIds.clear();
    m_detailTexts.clear();
    auto statement = m_db.prepare("SELECT id, text FROM event_details");
    if (!statement)
        return statement.error();
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::string &text = m_detailTexts.emplace_back(statement->utf8(1));
        m_detailIds.emplace(text, statement->int64(0));
    }
    auto insert = m_db.prepare("INSERT INTO event_details (text) VALUES (?1)");
    if (!insert)
        return insert.error();
    m_detailInsert = std::move(insert).value();
    return {};
}

Result<qint64> DemoWriter::detailId(std::string_view text)
{
    if (text.empty())
        return qint64{0};
    if (auto found = m_detailIds.find(text); found != m_detailIds.end())
        return found->second;
    const std::string &stored = m_detailTexts.emplace_back(text);
    m_detailInsert.bindStatic(1, stored);
    const Result<void> inserted = m_detailInsert.run();
    m_detailInsert.reset();
    if (!inserted)
        return inserted.error();
    const qint64 id = m_db.lastInsertId();
    m_detailIds.emplace(stored, id);
    return id;
}

Result<qint64> DemoWriter::findId(std::string_view sql, std::string_view key)
{
    auto statement = m_db.prepare(sql);
    if (!statement)
        return statement.error();
    statement->bindText(1, key);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::Storage, QStringLiteral("A row just written cannot be read back."));
    return statement->int64(0);
}

Result<qint64> DemoWriter::addUser(std::string_view login, std::string_view name, std::string_view role,
                                   std::string_view team)
{
    auto statement = m_db.prepare("INSERT INTO users (login, name, role, team) VALUES (?1, ?2, ?3, ?4) "
                                  "ON CONFLICT (login) DO NOTHING");
    if (!statement)
        return statement.error();
    statement->bindText(1, login);
    statement->bindText(2, name);
    statement->bindText(3, role);
    statement->bindText(4, team);
    BATON_TRY(statement->run());
    return findId("SELECT id FROM users WHERE login = ?1", login);
}

Result<qint64> DemoWriter::addCampaign(std::string_view name, std::string_view kind,
                                       std::string_view startedOn)
{
    auto statement = m_db.prepare("INSERT INTO campaigns (name, kind, started_on) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT (name) DO NOTHING");
    if (!statement)
        return statement.error();
    statement->bindText(1, name);
    statement->bindText(2, kind);
    statement->bindText(3, startedOn);
    BATON_TRY(statement->run());
    return findId("SELECT id FROM campaigns WHERE name = ?1", name);
}

Result<void> DemoWriter::addLeads(std::span<const DemoLeadRecord> records)
{
    // The chunkers keep pointers to the refs until finish(): the vectors are sized up front.
    size_t eventCount = 0;
    size_t handoffCount = 0;
    size_t activityCount = 0;
    size_t changeCount = 0;
    size_t reviewCount = 0;
    size_t commentCount = 0;
    size_t answerCount = 0;
    for (const DemoLeadRecord &record : records) {
        eventCount += record.events.size();
        handoffCount += record.handoffs.size();
        activityCount += record.activities.size();
        changeCount += record.stageChanges.size();
        reviewCount += record.reviews.size();
        commentCount += record.comments.size();
        answerCount += record.hasOpportunity ? record.answers.size() : 0;
    }
    std::vector<ActivityRef> activityRefs;
    activityRefs.reserve(activityCount);
    std::vector<EventRef> eventRefs;
    eventRefs.reserve(eventCount);
    std::vector<HandoffRef> handoffRefs;
    handoffRefs.reserve(handoffCount);
    std::vector<StageRef> changeRefs;
    changeRefs.reserve(changeCount);
    std::vector<ReviewRef> reviewRefs;
    reviewRefs.reserve(reviewCount);
    std::vector<CommentRef> commentRefs;
    commentRefs.reserve(commentCount);
    std::vector<AnswerRef> answerRefs;
    answerRefs.reserve(answerCount);

    Chunker<DemoLeadRecord> leads(m_db, m_leads.one, m_leads.chunk, leadInsert, bindLead);
    Chunker<EventRef> events(m_db, m_events.one, m_events.chunk, eventInsert, bindEvent);
    Chunker<StageRef> changes(m_db, m_stageChanges.one, m_stageChanges.chunk, stageChangeInsert,
                              bindStageChange);
    Chunker<ActivityRef> activities(m_db, m_activities.one, m_activities.chunk, activityInsert, bindActivity);
    Chunker<DemoLeadRecord> opportunities(m_db, m_opportunities.one, m_opportunities.chunk, opportunityInsert,
                                          bindOpportunity);
    Chunker<HandoffRef> handoffs(m_db, m_handoffs.one, m_handoffs.chunk, handoffInsert, bindHandoff);
    Chunker<HandoffRef> clocks(m_db, m_clocks.one, m_clocks.chunk, clockInsert, bindClock);
    Chunker<HandoffRef> decisions(m_db, m_decisions.one, m_decisions.chunk, decisionInsert, bindDecision);
    Chunker<ReviewRef> reviews(m_db, m_reviews.one, m_reviews.chunk, reviewInsert, bindReview);
    Chunker<CommentRef> comments(m_db, m_comments.one, m_comments.chunk, commentInsert, bindComment);
    Chunker<AnswerRef> answers(m_db, m_answers.one, m_answers.chunk, answerInsert, bindAnswer);
    for (const DemoLeadRecord &record : records) {
        BATON_TRY(leads.add(record.id, record));
        const qint64 firstEventId = m_nextEventId;
        for (const DemoEventRow &row : record.events) {
            auto detail = detailId(row.detail);
            if (!detail)
                return detail.error();
            eventRefs.push_back(EventRef{m_nextEventId++, *detail, &row});
            BATON_TRY(events.add(record.id, eventRefs.back()));
        }
        const qint64 firstChangeId = m_nextStageChangeId;
        for (const DemoStageRow &row : record.stageChanges) {
            changeRefs.push_back(StageRef{m_nextStageChangeId++, &row});
            BATON_TRY(changes.add(record.id, changeRefs.back()));
        }
        const qint64 firstActivityId = m_nextActivityId;
        for (const DemoActivityRow &row : record.activities) {
            activityRefs.push_back(ActivityRef{m_nextActivityId++, &row});
            BATON_TRY(activities.add(record.id, activityRefs.back()));
        }
        if (record.hasOpportunity) {
            BATON_TRY(opportunities.add(record.id, record));
            for (const DemoAnswerRow &row : record.answers) {
                answerRefs.push_back(AnswerRef{&row, &record});
                BATON_TRY(answers.add(record.id, answerRefs.back()));
            }
        }
        const qint64 firstHandoffId = m_nextHandoffId;
        for (const DemoHandoffRow &row : record.handoffs) {
            const qint64 signal = row.signalIndex >= 0 ? firstEventId + row.signalIndex : 0;
            const size_t index = static_cast<size_t>(&row - record.handoffs.data());
            const DemoClockRow *clock = index < record.clocks.size() ? &record.clocks[index] : nullptr;
            const qint64 contact = clock != nullptr && clock->firstContactIndex >= 0
                                       ? firstActivityId + clock->firstContactIndex
                                       : 0;
            HandoffBits bits;
            BATON_TRY(ruleBits(record, row, bits));
            handoffRefs.push_back(
                HandoffRef{m_nextHandoffId++, signal, &row, clock, contact, bits.mask, bits.top});
            BATON_TRY(handoffs.add(record.id, handoffRefs.back()));
            if (clock != nullptr) {
                BATON_TRY(decisions.add(record.id, handoffRefs.back()));
                if (!clock->tier.empty())
                    BATON_TRY(clocks.add(record.id, handoffRefs.back()));
            }
        }
        const qint64 firstReviewId = m_nextReviewId;
        for (const DemoReviewRow &row : record.reviews) {
            const bool hasHandoff =
                row.handoffIndex >= 0 && static_cast<size_t>(row.handoffIndex) < record.handoffs.size();
            reviewRefs.push_back(ReviewRef{
                m_nextReviewId++, firstChangeId + row.stageChangeIndex,
                hasHandoff ? firstHandoffId + row.handoffIndex : 0,
                hasHandoff ? &record.handoffs[static_cast<size_t>(row.handoffIndex)] : nullptr, &row});
            BATON_TRY(reviews.add(record.id, reviewRefs.back()));
        }
        for (const DemoCommentRow &row : record.comments) {
            commentRefs.push_back(
                CommentRef{row.reviewIndex >= 0 ? firstReviewId + row.reviewIndex : 0, &row});
            BATON_TRY(comments.add(record.id, commentRefs.back()));
        }
    }
    BATON_TRY(leads.finish());
    BATON_TRY(events.finish());
    BATON_TRY(changes.finish());
    BATON_TRY(activities.finish());
    BATON_TRY(handoffs.finish());
    BATON_TRY(clocks.finish());
    BATON_TRY(decisions.finish());
    BATON_TRY(opportunities.finish());
    BATON_TRY(answers.finish());
    BATON_TRY(reviews.finish());
    return comments.finish();
}

Result<void> DemoWriter::commit()
{
    if (!m_transaction)
        return makeError(ErrorKind::Storage, QStringLiteral("The demo writer has not begun."));
    auto done = recreateIndexesAndTriggers();
    if (done)
        done = analyze();
    if (done) {
        finalizeInserts();
        done = m_transaction->commit();
    }
    if (!done) {
        rollback();
        return done;
    }
    m_transaction.reset();
    leaveBulkMode();
    return {};
}

void DemoWriter::finalizeInserts()
{
    for (Inserts *inserts : {&m_leads, &m_events, &m_stageChanges, &m_activities, &m_opportunities,
                             &m_handoffs, &m_clocks, &m_decisions, &m_reviews, &m_comments, &m_answers}) {
        inserts->one = Statement();
        inserts->chunk = Statement();
    }
    m_detailInsert = Statement();
    m_scoreRules.reset();
}

void DemoWriter::rollback()
{
    finalizeInserts();
    m_transaction.reset(); // rolls back, dropped indexes included
    m_dropped.clear();
    leaveBulkMode();
}

} // namespace baton
