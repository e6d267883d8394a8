#pragma once

#include "common/Result.h"
#include "demo/DemoLeadRecord.h"
#include "storage/ScoreRuleRepository.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baton {

class Database;

/// The demo generator's bulk writer: all of its SQL. Between begin() and commit() the file is
/// in bulk mode: one write transaction, no fsync, a 64 MiB page cache, foreign keys, CHECK
/// constraints, the secondary indexes of the lead tables and the events' triggers off (rebuilt
/// before the commit, from their own stored definitions), a rollback journal instead of WAL when
/// no one else has the file open. commit() also stores planner statistics (ANALYZE). commit() or
/// rollback() (or the destructor) put the connection's settings back.
class DemoWriter {
public:
    explicit DemoWriter(Database &db)
        : m_db(db)
    {}
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;
    ~DemoWriter();

    Result<bool> hasLeads();

    Result<void> begin();
    /// A user of the demo team; an existing user with that login is kept and reused.
    Result<qint64> addUser(std::string_view login, std::string_view name, std::string_view role,
                           std::string_view team);
    /// A campaign; an existing campaign with that name is kept and reused.
    Result<qint64> addCampaign(std::string_view name, std::string_view kind, std::string_view startedOn);
    /// The rules the records' handoffs name by index (DemoHandoffRow::firstRule): each gets its
    /// score_rules bit when a handoff first names it, as live handoffs give them.
    void setScoreRules(std::span<const DemoScoreRule> rules);
    /// Leads with their events, stage history, activities, opportunities with their checklist
    /// answers, handoff records, each handoff's routing decision and response clock, the reviews
    /// of their rejections and their comment threads.
    Result<void> addLeads(std::span<const DemoLeadRecord> records);
    Result<void> commit();
    /// Drops everything written since begin().
    void rollback();

private:
    struct Settings {
        std::string journalMode;
        qint64 synchronous = 2;
        qint64 cacheSize = -2000;
        qint64 foreignKeys = 1;
        qint64 threads = 0;
        qint64 ignoreChecks = 0;
    };
    struct DroppedObject { ///< an index or a trigger, put back at the end
        bool trigger = false;
        std::string name;
        std::string sql;
    };

    Result<std::string> queryText(std::string_view sql);
    Result<void> enterBulkMode();
    void leaveBulkMode();
    Result<void> dropIndexesAndTriggers();
    Result<void> recreateIndexesAndTriggers();
    Result<void> analyze();
    Result<void> prepareInserts();
    void finalizeInserts();
    Result<qint64> findId(std::string_view sql, std::string_view key);
    /// The first free id of each table whose rows the writer numbers itself.
    Result<void> loadNextIds();
    struct HandoffBits {
        qint64 mask = 0;
        int top = -1;
    };
    /// A handoff's rule_mask and top_rule.
    Result<void> ruleBits(const DemoLeadRecord &record, const DemoHandoffRow &handoff, HandoffBits &bits);
    /// Reads the file's distinct event details, so that each is stored once.
    Result<void> loadDetailIds();
    /// The id of an event detail in event_details, added when new; 0 for none.
    Result<qint64> detailId(std::string_view text);

    Database &m_db;
    std::optional<Settings> m_saved;
    std::optional<Transaction> m_transaction;
    std::vector<DroppedObject> m_dropped;
    /// Each table's INSERT for one row and for a chunk of rows (many VALUES tuples).
    struct Inserts {
        Statement one;
        Statement chunk;
    };
    Inserts m_leads;
    Inserts m_events;
    Inserts m_stageChanges;
    Inserts m_activities;
    Inserts m_opportunities;
    Inserts m_handoffs;
    Inserts m_clocks;
    Inserts m_decisions;
    Inserts m_reviews;
    Inserts m_comments;
    Inserts m_answers;
    qint64 m_nextEventId = 1;
    qint64 m_nextHandoffId = 1;
    qint64 m_nextActivityId = 1;
    qint64 m_nextStageChangeId = 1;
    qint64 m_nextReviewId = 1;
    static constexpr int unseenRule = -2;
    std::vector<DemoScoreRule> m_rules;
    std::vector<int> m_ruleBits; ///< by index of m_rules: its bit, -1 for none, unseenRule
    std::optional<ScoreRuleRepository> m_scoreRules;
    std::deque<std::string> m_detailTexts; ///< the keys of m_detailIds (a deque never moves them)
    std::unordered_map<std::string_view, qint64> m_detailIds;
    Statement m_detailInsert;
};

} // namespace baton
