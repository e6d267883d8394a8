#include "storage/DemoWriter.h"

#include "demo/DemoLeadRecord.h"
#include "storage/Database.h"
#include "storage/DemoChunker.h"
#include "storage/DemoRows.h"

#include <sqlite3.h>

namespace baton {

using namespace demorows;

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

// Appends only touch the right edge of each B-tree, and the index sorter sizes its runs by the
// cache: 64 MiB is as fast as 256 MiB (measured) and keeps the process near 320 MB at 1M leads.
constexpr qint64 bulkCacheKiB = qint64{64} * 1024;

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

    DemoChunker<DemoLeadRecord> leads(m_db, m_leads.one, m_leads.chunk, leadInsert, bindLead);
    DemoChunker<EventRef> events(m_db, m_events.one, m_events.chunk, eventInsert, bindEvent);
    DemoChunker<StageRef> changes(m_db, m_stageChanges.one, m_stageChanges.chunk, stageChangeInsert,
                                  bindStageChange);
    DemoChunker<ActivityRef> activities(m_db, m_activities.one, m_activities.chunk, activityInsert,
                                        bindActivity);
    DemoChunker<DemoLeadRecord> opportunities(m_db, m_opportunities.one, m_opportunities.chunk,
                                              opportunityInsert, bindOpportunity);
    DemoChunker<HandoffRef> handoffs(m_db, m_handoffs.one, m_handoffs.chunk, handoffInsert, bindHandoff);
    DemoChunker<HandoffRef> clocks(m_db, m_clocks.one, m_clocks.chunk, clockInsert, bindClock);
    DemoChunker<HandoffRef> decisions(m_db, m_decisions.one, m_decisions.chunk, decisionInsert, bindDecision);
    DemoChunker<ReviewRef> reviews(m_db, m_reviews.one, m_reviews.chunk, reviewInsert, bindReview);
    DemoChunker<CommentRef> comments(m_db, m_comments.one, m_comments.chunk, commentInsert, bindComment);
    DemoChunker<AnswerRef> answers(m_db, m_answers.one, m_answers.chunk, answerInsert, bindAnswer);
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
