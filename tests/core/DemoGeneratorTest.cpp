#include "demo/DemoGenerator.h"

#include "agreement/HandoffJudge.h"
#include "agreement/Scorer.h"
#include "common/FixedClock.h"
#include "domain/ActivityType.h"
#include "domain/EventType.h"
#include "domain/Lifecycle.h"
#include "services/AgreementService.h"
#include "services/ReevaluationService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/ScoreRuleRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <set>
#include <string>

using namespace baton;

namespace {

constexpr qint64 demoLeads = 3000;
constexpr qint64 twelveWeeks = 84 * 86400;

DemoOptions options(quint64 seed, qint64 leads = demoLeads)
{
    DemoOptions demo;
    demo.leads = leads;
    demo.seed = seed;
    demo.now = test::referenceTime();
    return demo;
}

qint64 count(Database &db, const char *sql)
{
    auto value = db.queryInt(sql);
    EXPECT_TRUE(value.ok()) << sql << ": " << (value.ok() ? "" : value.error().message.toStdString());
    return value.ok() ? *value : -1;
}

std::string text(Database &db, const char *sql)
{
    auto statement = db.prepare(sql);
    EXPECT_TRUE(statement.ok()) << sql;
    if (!statement.ok())
        return {};
    auto row = statement->step();
    return row.ok() && *row ? statement->text(0).toStdString() : std::string();
}

/// A digest of every row of every table, in rowid (or key) order.
QByteArray digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"users", "campaigns", "leads", "events", "activities", "stage_changes",
                              "opportunities", "reasons", "meta", "handoffs", "definition_versions",
                              "score_rules", "rejection_reviews", "lead_comments", "qualification_answers"}) {
        const std::string order =
            std::string(table) == "qualification_answers" ? "lead_id, criterion_id" : "rowid";
        auto statement = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY " + order);
        EXPECT_TRUE(statement.ok()) << table;
        if (!statement.ok())
            continue;
        hash.addData(QByteArray(table));
        sqlite3_stmt *handle = statement->handle();
        while (sqlite3_step(handle) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(handle); ++column) {
                const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(handle, column));
                hash.addData(value != nullptr ? QByteArray(value, sqlite3_column_bytes(handle, column))
                                              : QByteArray("\x01NULL"));
                hash.addData(QByteArray("\x1f", 1));
            }
            hash.addData(QByteArray("\x1e", 1));
        }
    }
    return hash.result();
}

std::string schema(Database &db)
{
    std::string all;
    // Planner statistics (sqlite_stat1) are not part of Baton's schema.
    auto statement = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE "
                                "'sqlite_stat%' ORDER BY name");
    EXPECT_TRUE(statement.ok());
    while (statement.ok() && *statement->step()) {
        for (int column = 0; column < 4; ++column)
            all += statement->text(column).toStdString() + "|";
        all += "\n";
    }
    return all;
}

class DemoGeneratorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        shared = new test::TestFile;
        auto made = DemoGenerator::generate(shared->db(), options(42));
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        summary = *made;
    }
    static void TearDownTestSuite()
    {
        delete shared;
        shared = nullptr;
    }

    static Database &db() { return shared->db(); }

    static test::TestFile *shared;
    static DemoSummary summary;
};

test::TestFile *DemoGeneratorTest::shared = nullptr;
DemoSummary DemoGeneratorTest::summary;

} // namespace

TEST_F(DemoGeneratorTest, Generate_Leads_SummaryMatchesFile)
{
    EXPECT_EQ(summary.leads, demoLeads);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads"), demoLeads);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM events"), summary.events);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM activities"), summary.activities);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM stage_changes"), summary.stageChanges);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users"), summary.users);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM campaigns"), summary.campaigns);
}

TEST_F(DemoGeneratorTest, Generate_SameSeed_SameContent)
{
    test::TestFile again;
    auto made = DemoGenerator::generate(again.db(), options(42));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(digest(again.db()), digest(db()));
}

TEST_F(DemoGeneratorTest, Generate_OtherSeed_OtherContent)
{
    test::TestFile other;
    auto made = DemoGenerator::generate(other.db(), options(43));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_NE(digest(other.db()), digest(db()));
}

TEST_F(DemoGeneratorTest, Generate_EveryStage_Present)
{
    std::set<std::string> stages;
    auto statement = db().prepare("SELECT DISTINCT stage FROM leads");
    ASSERT_TRUE(statement.ok());
    while (*statement->step())
        stages.insert(statement->text(0).toStdString());
    for (Stage stage : allStages)
        EXPECT_TRUE(stages.count(stageName(stage).toStdString())) << stageName(stage).toStdString();
}

TEST_F(DemoGeneratorTest, Generate_Stages_RealisticShares)
{
    const qint64 open = count(db(), "SELECT count(*) FROM leads WHERE stage IN ('mql', 'sal')");
    const qint64 nurture = count(db(), "SELECT count(*) FROM leads WHERE stage = 'nurture'");
    EXPECT_GE(open * 100, demoLeads * 8);
    EXPECT_LE(open * 100, demoLeads * 12);
    EXPECT_GT(nurture * 2, demoLeads); // nurture is the majority
    const double eventsPerLead = static_cast<double>(summary.events) / static_cast<double>(demoLeads);
    EXPECT_GE(eventsPerLead, 11.0);
    EXPECT_LE(eventsPerLead, 16.0);
}

TEST_F(DemoGeneratorTest, Generate_StoredStage_IsLastHistoryStage)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE l.stage IS NOT (SELECT h.to_stage FROM "
                          "stage_changes h WHERE h.lead_id = l.id ORDER BY h.id DESC LIMIT 1)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE l.stage_changed_at IS NOT (SELECT h.changed_at "
                          "FROM stage_changes h WHERE h.lead_id = l.id ORDER BY h.id DESC LIMIT 1)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_History_FollowsLifecycleWithReasons)
{
    std::map<std::pair<std::string, std::string>, bool> reasons; // (stage, code) -> note required
    auto known = db().prepare("SELECT stage, code, note_required FROM reasons");
    ASSERT_TRUE(known.ok());
    while (*known->step())
        reasons[{known->text(0).toStdString(), known->text(1).toStdString()}] = known->int64(2) != 0;

    auto history =
        db().prepare("SELECT lead_id, from_stage, to_stage, changed_at, user_id, reason_code, note "
                     "FROM stage_changes ORDER BY lead_id, id");
    ASSERT_TRUE(history.ok());
    qint64 lead = 0;
    QString previous;
    qint64 previousAt = 0;
    int rows = 0;
    while (*history->step()) {
        ++rows;
        const QString from = history->text(1);
        const QString to = history->text(2);
        if (history->int64(0) != lead) {
            lead = history->int64(0);
            EXPECT_TRUE(history->isNull(1)) << "lead " << lead << " does not start with its creation";
            EXPECT_EQ(to, QStringLiteral("nurture")) << "lead " << lead;
        } else {
            ASSERT_EQ(from, previous) << "lead " << lead;
            const auto fromStage = stageFromName(from);
            const auto toStage = stageFromName(to);
            ASSERT_TRUE(fromStage && toStage) << "lead " << lead;
            EXPECT_TRUE(Lifecycle::isAllowed(*fromStage, *toStage))
                << "lead " << lead << ": " << from.toStdString() << " -> " << to.toStdString();
            EXPECT_GE(history->int64(3), previousAt) << "lead " << lead;
            if (Lifecycle::requiresReason(*toStage)) {
                const auto reason = reasons.find({to.toStdString(), history->text(5).toStdString()});
                ASSERT_NE(reason, reasons.end()) << "lead " << lead << ": no reason from the taxonomy";
                if (reason->second) {
                    EXPECT_FALSE(history->text(6).isEmpty()) << "lead " << lead << ": reason needs a note";
                }
                EXPECT_FALSE(history->isNull(4)) << "lead " << lead << ": an exit names who made it";
            } else {
                EXPECT_TRUE(history->isNull(5)) << "lead " << lead;
            }
        }
        previous = to;
        previousAt = history->int64(3);
    }
    EXPECT_EQ(rows, summary.stageChanges);
}

TEST_F(DemoGeneratorTest, Generate_HandedOverLeads_HaveOwnerAndHandoff)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE stage IN ('mql', 'sal') AND (owner_id IS NULL OR "
                          "handoff_at IS NULL)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                          "FROM users u WHERE u.id = l.owner_id AND u.role = 'sdr')"),
              0);
    // Every lead that reached mql has a handoff time, and no other lead has one.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE (handoff_at IS NOT NULL) <> EXISTS (SELECT 1 "
                          "FROM stage_changes h WHERE h.lead_id = l.id AND h.to_stage = 'mql')"),
              0);
    // A lead reopened after a dispute goes back to mql without a new handoff.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE handoff_at IS NOT (SELECT max(changed_at) FROM "
                          "stage_changes h WHERE h.lead_id = l.id AND h.to_stage = 'mql' AND h.from_stage "
                          "IN ('nurture', 'recycled'))"),
              0);
    // Queues are meaningful: every SDR has open leads.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users u WHERE role = 'sdr' AND NOT EXISTS (SELECT 1 FROM "
                          "leads l WHERE l.owner_id = u.id AND l.stage IN ('mql', 'sal'))"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Outcomes_MatchTheirStage)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE (stage = 'sql') <> EXISTS (SELECT 1 FROM "
                          "opportunities o WHERE o.lead_id = l.id)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM opportunities WHERE value_cents <= 0"), 0);
    EXPECT_EQ(
        count(db(), "SELECT count(*) FROM leads WHERE (stage = 'recycled') <> (revisit_on IS NOT NULL)"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM leads WHERE revisit_on IS NOT NULL AND date(revisit_on) IS NOT "
                    "revisit_on"),
              0);
    // Worked leads carry the activities of sales, nurture leads never handed over none.
    EXPECT_GT(count(db(), "SELECT count(*) FROM activities"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM activities a WHERE a.occurred_at < (SELECT min(h.changed_at) "
                    "FROM stage_changes h WHERE h.lead_id = a.lead_id AND h.to_stage = 'mql') OR NOT "
                    "EXISTS (SELECT 1 FROM stage_changes h WHERE h.lead_id = a.lead_id AND h.to_stage = "
                    "'mql')"),
              0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM leads l WHERE version <> (SELECT count(*) FROM stage_changes "
                    "h WHERE h.lead_id = l.id) + (SELECT count(*) FROM activities a WHERE a.lead_id = l.id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Activities_UseKnownOutcomes)
{
    auto statement = db().prepare("SELECT DISTINCT type, outcome FROM activities");
    ASSERT_TRUE(statement.ok());
    int pairs = 0;
    while (*statement->step()) {
        ++pairs;
        const auto type = activityTypeFromName(statement->text(0));
        ASSERT_TRUE(type.has_value()) << statement->text(0).toStdString();
        EXPECT_TRUE(activityOutcomes(*type).contains(statement->text(1)))
            << statement->text(0).toStdString() << " " << statement->text(1).toStdString();
    }
    EXPECT_GE(pairs, 8);
}

TEST_F(DemoGeneratorTest, Generate_EventDetails_EachStoredOnceAndNamedByEveryEventThatHasIt)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM events e LEFT JOIN event_details d ON d.id = e.detail_id "
                          "WHERE d.text IS NOT e.detail"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM event_details"),
              count(db(), "SELECT count(DISTINCT detail) FROM events"));
    // The bulk writer set the events' triggers aside while writing; they are back.
    EXPECT_EQ(
        count(db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'"), 2);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'events_lead'"),
              1);
}

TEST_F(DemoGeneratorTest, Generate_RoutingAndClocks_EveryHandoffRoutedAndTimed)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM routing_config"), 1);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM routing_decisions"),
              count(db(), "SELECT count(*) FROM handoffs"));
    EXPECT_EQ(count(db(), "SELECT count(*) FROM sla_clocks"), count(db(), "SELECT count(*) FROM handoffs"));
    // Each clock belongs to its handoff, is due after it starts, and a first contact names the
    // activity that made it, at that activity's time, by a meaningful outcome.
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM sla_clocks c JOIN handoffs h ON h.id = c.handoff_id "
              "WHERE h.lead_id <> c.lead_id OR h.handed_over_at <> c.started_at OR c.due_at <= c.started_at"),
        0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM sla_clocks c LEFT JOIN activities a ON a.id = c.first_contact_id "
                    "WHERE c.first_contact_at IS NOT NULL AND (a.occurred_at IS NOT c.first_contact_at OR "
                    "a.outcome NOT IN ('connected', 'replied', 'scheduled', 'held'))"),
              0);
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM sla_clocks WHERE first_contact_at IS NOT NULL AND closed_at IS NOT NULL"),
        0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM sla_clocks WHERE first_contact_at <= due_at"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM sla_clocks WHERE first_contact_at > due_at"), 0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM routing_decisions d JOIN leads l ON l.id = d.lead_id "
                          "WHERE d.assignee_id IS NOT l.owner_id"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Events_KnownTypesAndRevisits)
{
    auto statement = db().prepare("SELECT DISTINCT type FROM events");
    ASSERT_TRUE(statement.ok());
    int types = 0;
    while (*statement->step()) {
        ++types;
        EXPECT_TRUE(eventTypeFromName(statement->text(0)).has_value()) << statement->text(0).toStdString();
    }
    EXPECT_EQ(types, static_cast<int>(allEventTypes.size()));
    // Pages people come back to, real questions, and a few dozen of them.
    EXPECT_GT(count(db(),
                    "SELECT count(*) FROM (SELECT lead_id FROM events WHERE type = 'page_view' GROUP BY "
                    "lead_id, detail HAVING count(*) >= 3)"),
              demoLeads / 10);
    EXPECT_GE(count(db(), "SELECT count(DISTINCT detail) FROM events WHERE type = 'webinar_question'"), 24);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM events WHERE detail IS NULL OR detail = ''"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM events e WHERE campaign_id IS NOT NULL AND NOT EXISTS (SELECT "
                    "1 FROM campaigns c WHERE c.id = e.campaign_id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Contacts_Plausible)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE email NOT LIKE '%_@' || company_domain"), 0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE seniority NOT IN ('c_level', 'vp', 'director', "
                          "'manager', 'individual', 'student')"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM')"),
              0);
    EXPECT_GE(count(db(), "SELECT count(DISTINCT industry) FROM leads"), 10);
    EXPECT_GE(count(db(), "SELECT count(DISTINCT company_name) FROM leads"), 200);
    EXPECT_GE(count(db(), "SELECT count(*) FROM campaigns"), 20);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users WHERE login = 'maya.patel' AND role = 'sdr'"), 1);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users WHERE role = 'sales_manager'"), 3);
}

TEST_F(DemoGeneratorTest, Generate_Times_WithinTwelveWeeksBeforeNow)
{
    const qint64 now = test::referenceTime().toSecsSinceEpoch();
    const std::string window = std::to_string(now - twelveWeeks) + " AND " + std::to_string(now);
    for (const std::string column :
         {"leads.created_at", "leads.handoff_at", "leads.stage_changed_at", "events.occurred_at",
          "activities.occurred_at", "stage_changes.changed_at", "opportunities.created_at"}) {
        const std::string table = column.substr(0, column.find('.'));
        std::string sql = "SELECT count(*) FROM ";
        sql.append(table).append(" WHERE ").append(column).append(" IS NOT NULL AND ");
        sql.append(column).append(" NOT BETWEEN ").append(window);
        EXPECT_EQ(count(db(), sql.c_str()), 0) << column;
    }
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM events e JOIN leads l ON l.id = e.lead_id WHERE e.occurred_at < "
                    "l.created_at"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_File_KeepsSchemaAndSettings)
{
    test::TestFile fresh;
    const std::string before = schema(fresh.db());
    const qint64 cacheSize = count(fresh.db(), "PRAGMA cache_size");
    auto made = DemoGenerator::generate(fresh.db(), options(5, 200));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(schema(fresh.db()), before);
    EXPECT_EQ(text(fresh.db(), "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(count(fresh.db(), "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(count(fresh.db(), "PRAGMA synchronous"), 1);
    EXPECT_EQ(count(fresh.db(), "PRAGMA cache_size"), cacheSize);
    EXPECT_EQ(count(fresh.db(), "PRAGMA ignore_check_constraints"), 0);
    EXPECT_EQ(text(fresh.db(), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(count(fresh.db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(DemoGeneratorTest, Generate_File_HasPlannerStatistics)
{
    // Without them SQLite sorts every open lead for a page of the team queue.
    EXPECT_GT(count(db(), "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'leads'"), 0);
    auto explained = db().prepare("EXPLAIN QUERY PLAN SELECT id FROM leads l WHERE l.stage IN ('mql', 'sal') "
                                  "ORDER BY l.queue_rank, l.id LIMIT 128");
    ASSERT_TRUE(explained.ok());
    std::string plan;
    while (*explained->step())
        plan += explained->text(3).toStdString() + "\n"; // id, parent, notused, detail
    EXPECT_NE(plan.find("leads_open_urgency"), std::string::npos) << plan;
}

TEST_F(DemoGeneratorTest, Generate_FileWithLeads_Refused)
{
    auto again = DemoGenerator::generate(db(), options(42, 10));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads"), demoLeads);
}

TEST_F(DemoGeneratorTest, Generate_ProgressCancels_NothingKept)
{
    test::TestFile fresh;
    const std::string before = schema(fresh.db());
    DemoOptions cancelling = options(9, 20000);
    qint64 calls = 0;
    cancelling.progress = [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 20000);
        ++calls;
        return done < 8000;
    };
    auto made = DemoGenerator::generate(fresh.db(), cancelling);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, ErrorKind::Cancelled);
    EXPECT_GE(calls, 2);
    for (const char *table : {"leads", "events", "stage_changes", "activities", "users", "campaigns"})
        EXPECT_EQ(count(fresh.db(), (std::string("SELECT count(*) FROM ") + table).c_str()), 0) << table;
    EXPECT_EQ(schema(fresh.db()), before);
    EXPECT_EQ(text(fresh.db(), "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(count(fresh.db(), "PRAGMA foreign_keys"), 1);

    // The file is still good for a demo.
    auto retry = DemoGenerator::generate(fresh.db(), options(9, 100));
    ASSERT_TRUE(retry.ok()) << retry.error().message.toStdString();
    EXPECT_EQ(count(fresh.db(), "SELECT count(*) FROM leads"), 100);
}

TEST_F(DemoGeneratorTest, Generate_EveryHandoff_HasItsRecordWithTheSignalEventOfTheLead)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs"),
              count(db(), "SELECT count(*) FROM stage_changes WHERE to_stage = 'mql' AND from_stage IN "
                          "('nurture', 'recycled')"));
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM stage_changes s WHERE s.to_stage = 'mql' AND s.from_stage IN "
              "('nurture', 'recycled') AND NOT EXISTS "
              "(SELECT 1 FROM handoffs h WHERE h.lead_id = s.lead_id AND h.handed_over_at = s.changed_at)"),
        0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs h JOIN events e ON e.id = h.signal_event_id "
                          "WHERE e.lead_id = h.lead_id AND e.occurred_at <= h.handed_over_at"),
              count(db(), "SELECT count(*) FROM handoffs"));
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE fast_track = 1"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE completeness < 100"), 0);
}

TEST_F(DemoGeneratorTest, Generate_LastEventTime_MatchesTheEvents)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE last_event_at IS NOT "
                          "(SELECT max(occurred_at) FROM events e WHERE e.lead_id = l.id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_LeadsMarketingHolds_StayBelowTheEffectiveRule)
{
    test::TestFile copy;
    ASSERT_TRUE(DemoGenerator::generate(copy.db(), options(7, 1500)).ok());
    const FixedClock clock(test::referenceTime());
    auto run = ReevaluationService(copy.db(), clock).run(std::nullopt);
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_GT(run->evaluated, 0);
    EXPECT_EQ(run->handedOver, 0);
}

TEST_F(DemoGeneratorTest, Generate_TwentyEventsPerLead_AboutTwentyOnAverage)
{
    test::TestFile richer;
    DemoOptions demo = options(3, 1000);
    demo.eventsPerLead = 20;
    auto made = DemoGenerator::generate(richer.db(), demo);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    const double perLead = static_cast<double>(made->events) / 1000.0;
    EXPECT_GE(perLead, 17.0);
    EXPECT_LE(perLead, 23.0);
}

TEST_F(DemoGeneratorTest, Generate_EventsPerLeadOutOfRange_Refused)
{
    test::TestFile other;
    DemoOptions demo = options(3, 10);
    demo.eventsPerLead = 100;
    auto made = DemoGenerator::generate(other.db(), demo);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, ErrorKind::InvalidInput);
}

TEST_F(DemoGeneratorTest, Generate_AgreementHistory_SignedVersionAndAnOpenRound)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM definition_versions"), 5);
    EXPECT_EQ(count(db(), "SELECT number FROM definition_versions WHERE status = 'effective'"), 3);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM definition_signatures s JOIN definition_versions v "
                          "ON v.id = s.version_id WHERE v.number = 3"),
              2);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM definition_proposal_sources"), 2);
    EXPECT_GT(count(db(), "SELECT effective_from - first_draft_at FROM definition_versions WHERE number = 3"),
              86400);
    // Handoffs before the signature were made under the built-in rules, after it under version 3.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs h, definition_versions v WHERE v.number = 3 AND "
                          "(h.handed_over_at >= v.effective_from) != (h.definition_number = 3)"),
              0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE definition_number = 0"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE definition_number = 3"), 0);
}

TEST_F(DemoGeneratorTest, Generate_File_PassesIntegrityAndForeignKeyChecks)
{
    EXPECT_EQ(text(db(), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(count(db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(DemoGeneratorTest, Generate_EveryRejectionAndDisqualification_HasItsReview)
{
    const qint64 exits =
        count(db(), "SELECT count(*) FROM stage_changes WHERE to_stage IN ('rejected', 'disqualified')");
    EXPECT_GT(exits, demoLeads / 10);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM rejection_reviews"), exits);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM stage_changes s WHERE s.to_stage IN ('rejected', 'disqualified') "
                    "AND NOT EXISTS (SELECT 1 FROM rejection_reviews r WHERE r.stage_change_id = s.id AND "
                    "r.lead_id = s.lead_id AND r.stage = s.to_stage AND r.reason_code = s.reason_code AND "
                    "r.rejected_at = s.changed_at AND r.rejected_by IS s.user_id)"),
              0);
    // The facts of the handoff it answers, as ReviewRepository::open takes them.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM rejection_reviews r JOIN leads l ON l.id = r.lead_id "
                    "LEFT JOIN handoffs h ON h.id = r.handoff_id WHERE r.handoff_id IS NOT (SELECT h2.id "
                    "FROM handoffs h2 WHERE h2.lead_id = r.lead_id AND h2.handed_over_at <= r.rejected_at "
                    "ORDER BY h2.handed_over_at DESC, h2.id DESC LIMIT 1) OR r.total_score IS NOT "
                    "h.fit_score + h.engagement_score OR r.campaign_id IS NOT coalesce(h.campaign_id, "
                    "l.campaign_id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_ReviewSteps_EachWithItsWordsInTheThread)
{
    // The review's status is its latest step, each step a comment of its kind by whoever took it.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM rejection_reviews r WHERE r.status <> 'open' AND NOT EXISTS "
                    "(SELECT 1 FROM lead_comments c WHERE c.review_id = r.id AND c.lead_id = r.lead_id AND "
                    "c.kind = r.status AND c.written_at = r.status_at AND c.author_id = r.status_by AND "
                    "c.id = (SELECT max(c2.id) FROM lead_comments c2 WHERE c2.review_id = r.id))"),
              0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM rejection_reviews r WHERE r.status = 'open' AND (r.status_at IS "
                    "NOT NULL OR r.status_by IS NOT NULL OR EXISTS (SELECT 1 FROM lead_comments c WHERE "
                    "c.review_id = r.id))"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM rejection_reviews r WHERE r.version <> 1 + (SELECT count(*) "
                          "FROM lead_comments c WHERE c.review_id = r.id)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM lead_comments WHERE length(body) < 12"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM lead_comments c JOIN rejection_reviews r ON r.id = c.review_id "
                    "WHERE c.written_at < r.rejected_at OR c.lead_id <> r.lead_id"),
              0);
    // Marketing acknowledges, disputes and recycles; a sales manager upholds or reopens, after a dispute.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM lead_comments c JOIN users u ON u.id = c.author_id WHERE "
                    "(c.kind IN ('acknowledged', 'disputed', 'recycled') AND u.role <> 'marketing_manager') "
                    "OR (c.kind IN ('upheld', 'reopened') AND u.role <> 'sales_manager')"),
              0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM lead_comments c WHERE c.kind IN ('upheld', 'reopened') AND NOT "
                    "EXISTS (SELECT 1 FROM lead_comments d WHERE d.review_id = c.review_id AND d.kind = "
                    "'disputed' AND d.id < c.id AND d.written_at <= c.written_at)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM lead_comments c WHERE EXISTS (SELECT 1 FROM lead_comments d "
                          "WHERE d.lead_id = c.lead_id AND d.id < c.id AND d.written_at > c.written_at)"),
              0);
    // Recycling and reopening are the lead's next move, with the step's words as its note.
    for (const char *status : {"recycled", "reopened"}) {
        const std::string to = std::string(status) == "recycled" ? "recycled" : "mql";
        const std::string sql =
            "SELECT count(*) FROM rejection_reviews r JOIN lead_comments c ON c.review_id = r.id AND c.kind "
            "= "
            "r.status WHERE r.status = '" +
            std::string(status) +
            "' AND NOT EXISTS (SELECT 1 FROM stage_changes s WHERE s.id = (SELECT min(n.id) FROM "
            "stage_changes n "
            "WHERE n.lead_id = r.lead_id AND n.id > r.stage_change_id) AND s.from_stage = r.stage AND "
            "s.to_stage = '" +
            to + "' AND s.changed_at = r.status_at AND s.user_id = r.status_by AND s.note = c.body)";
        EXPECT_EQ(count(db(), sql.c_str()), 0) << status;
    }
    EXPECT_GT(count(db(), "SELECT count(*) FROM lead_comments WHERE kind = 'comment'"), 0);
}

TEST_F(DemoGeneratorTest, Generate_Reviews_MostlyWithinAWeekSomeDisputed)
{
    const qint64 now = test::referenceTime().toSecsSinceEpoch();
    const std::string weekAgo = std::to_string(now - 7 * 86400);
    const qint64 older =
        count(db(), ("SELECT count(*) FROM rejection_reviews WHERE rejected_at < " + weekAgo).c_str());
    const qint64 inAWeek =
        count(db(), ("SELECT count(*) FROM rejection_reviews r WHERE rejected_at < " + weekAgo +
                     " AND (SELECT min(c.written_at) FROM lead_comments c WHERE c.review_id = r.id) <= "
                     "r.rejected_at + 7 * 86400")
                        .c_str());
    EXPECT_GT(inAWeek * 100, older * 75);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'open'"), 0);
    // About one review in eight is disputed; the sales manager upholds most of those.
    const qint64 reviewed = count(db(), "SELECT count(*) FROM rejection_reviews WHERE status <> 'open'");
    const qint64 disputed =
        count(db(), "SELECT count(DISTINCT review_id) FROM lead_comments WHERE kind = 'disputed'");
    EXPECT_GE(disputed * 100, reviewed * 8);
    EXPECT_LE(disputed * 100, reviewed * 18);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'upheld'"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'acknowledged'"),
              reviewed / 2);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'recycled'"), 0);
    // Reopening sends the lead back to mql: only where the lifecycle allows it.
    const qint64 reopened = count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'reopened'");
    if (Lifecycle::isAllowed(Stage::Rejected, Stage::Mql))
        EXPECT_GT(reopened, 0);
    else
        EXPECT_EQ(reopened, 0);
    EXPECT_GT(
        text(db(),
             "SELECT body FROM lead_comments WHERE kind = 'disputed' AND body LIKE 'The contact is the %' "
             "LIMIT 1")
            .size(),
        30u);
}

TEST_F(DemoGeneratorTest, Generate_HandoffOutcomes_FollowTheStageHistory)
{
    // What sales made of each handoff, derived from the stage history as file format 6 does (and
    // none again after a reopening, as the live code clears it).
    const char *derived =
        "WITH windows AS (SELECT id, lead_id, handed_over_at AS start, lead(handed_over_at) OVER (PARTITION "
        "BY "
        "lead_id ORDER BY handed_over_at, id) AS stop FROM handoffs), "
        "moves AS (SELECT w.id AS handoff_id, min(CASE WHEN s.to_stage = 'sal' THEN s.changed_at END) AS "
        "accepted_at, "
        "max(CASE WHEN s.from_stage IN ('mql', 'sal') THEN s.id END) AS last_move, "
        "max(CASE WHEN s.from_stage IN ('rejected', 'disqualified') AND s.to_stage = 'mql' THEN s.id END) AS "
        "reopened "
        "FROM windows w LEFT JOIN stage_changes s ON s.lead_id = w.lead_id AND s.changed_at >= w.start AND "
        "(w.stop IS NULL OR s.changed_at < w.stop) GROUP BY w.id), "
        "derived AS (SELECT m.handoff_id, m.accepted_at, CASE WHEN coalesce(m.reopened, 0) > m.last_move "
        "THEN NULL "
        "ELSE m.last_move END AS last FROM moves m) "
        "SELECT count(*) FROM handoffs h JOIN derived d ON d.handoff_id = h.id LEFT JOIN stage_changes s ON "
        "s.id = "
        "d.last WHERE h.accepted_at IS NOT d.accepted_at OR h.outcome IS NOT (CASE s.to_stage WHEN 'sal' "
        "THEN "
        "'accepted' WHEN 'sql' THEN 'converted' ELSE s.to_stage END) OR h.outcome_reason IS NOT "
        "s.reason_code OR "
        "h.outcome_at IS NOT s.changed_at";
    EXPECT_EQ(count(db(), derived), 0);
    for (const char *outcome : {"accepted", "converted", "rejected", "disqualified", "recycled"}) {
        EXPECT_GT(
            count(db(),
                  (std::string("SELECT count(*) FROM handoffs WHERE outcome = '") + outcome + "'").c_str()),
            0)
            << outcome;
    }
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM handoffs h JOIN leads l ON l.id = h.lead_id WHERE h.campaign_id IS "
                    "NOT l.campaign_id"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Handoffs_NameTheRulesThatGaveTheirPoints)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs WHERE rule_mask = 0"), 0);
    const qint64 rules = count(db(), "SELECT count(*) FROM score_rules");
    EXPECT_GT(rules, 5);
    EXPECT_LE(rules, ScoreRuleRepository::maxRules);
    EXPECT_EQ(count(db(), "SELECT max(bit) + 1 FROM score_rules"), rules);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM score_rules WHERE key NOT LIKE 'fit:%' AND key NOT LIKE "
                          "'engagement:%'"),
              0);
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM handoffs WHERE rule_mask & ~(SELECT sum(1 << bit) FROM score_rules) "
              "<> 0 OR (top_rule IS NOT NULL AND (rule_mask >> top_rule) & 1 = 0)"),
        0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE top_rule IS NOT NULL"), 0);
    // The first handoff's rules took the first bits.
    EXPECT_EQ(count(db(),
                    "SELECT rule_mask + 1 = 1 << (SELECT count(*) FROM score_rules s WHERE (h.rule_mask >> "
                    "s.bit) & 1) FROM handoffs h ORDER BY id LIMIT 1"),
              1);

    // The same bits as a live handoff of the lead at that moment: the judge's rule points, the dominant rule.
    const FixedClock clock(test::referenceTime());
    auto effective = AgreementService(db(), clock).effective();
    ASSERT_TRUE(effective.ok());
    const Scorer scorer(effective->definition);
    const HandoffJudge judge(scorer);
    auto all = ScoreRuleRepository(db()).all();
    ASSERT_TRUE(all.ok());
    std::map<QString, int> bits;
    for (const auto &[bit, rule] : *all)
        bits[rule.first] = bit;
    auto sample = db().prepare("SELECT id, lead_id, handed_over_at, rule_mask, top_rule, fit_score, "
                               "engagement_score FROM handoffs WHERE id % 7 = 0 ORDER BY id LIMIT 150");
    ASSERT_TRUE(sample.ok());
    LeadRepository leads(db());
    int checked = 0;
    while (*sample->step()) {
        auto lead = leads.find(sample->int64(1));
        auto events = leads.events(sample->int64(1));
        ASSERT_TRUE(lead.ok() && events.ok());
        const HandoffDecision decision = judge.manual(*lead, *events, sample->dateTime(2));
        ASSERT_EQ(decision.fit, sample->int64(5)) << "handoff " << sample->int64(0);
        ASSERT_EQ(decision.engagement, sample->int64(6)) << "handoff " << sample->int64(0);
        qint64 mask = 0;
        std::optional<qint64> top;
        const RulePoints *dominant = RulePoints::dominant(decision.rulePoints);
        for (const RulePoints &rule : decision.rulePoints) {
            if (rule.points <= 0)
                continue;
            const auto bit = bits.find(rule.key);
            ASSERT_NE(bit, bits.end()) << rule.key.toStdString();
            mask |= qint64{1} << bit->second;
            if (&rule == dominant)
                top = bit->second;
        }
        EXPECT_EQ(sample->int64(3), mask) << "handoff " << sample->int64(0);
        EXPECT_EQ(sample->optionalInt64(4), top) << "handoff " << sample->int64(0);
        ++checked;
    }
    EXPECT_GT(checked, 50);
}

TEST_F(DemoGeneratorTest, Generate_MovesWithoutContact_MarkedByTheResponseClock)
{
    // As file format 6 derives them from the clocks, and as the live code sees them: no meaningful
    // contact since the handoff.
    EXPECT_EQ(
        count(
            db(),
            "SELECT count(*) FROM stage_changes s WHERE s.without_contact IS NOT (((s.from_stage = 'mql' AND "
            "s.to_stage = 'sal') OR (s.from_stage = 'sal' AND s.to_stage IN ('sql', 'disqualified'))) AND "
            "EXISTS (SELECT 1 FROM sla_clocks c WHERE c.lead_id = s.lead_id AND c.started_at <= s.changed_at "
            "AND (c.first_contact_at IS NULL OR c.first_contact_at > s.changed_at) AND c.handoff_id = "
            "(SELECT "
            "max(c2.handoff_id) FROM sla_clocks c2 WHERE c2.lead_id = s.lead_id AND c2.started_at <= "
            "s.changed_at)))"),
        0);
    const char *meaningful =
        "((a.type = 'call' AND a.outcome = 'connected') OR (a.type IN ('email', 'linkedin') "
        "AND a.outcome = 'replied') OR (a.type = 'meeting' AND a.outcome IN ('scheduled', "
        "'held')))";
    EXPECT_EQ(count(db(), (std::string(
                               "SELECT count(*) FROM stage_changes s WHERE s.without_contact = 1 AND EXISTS "
                               "(SELECT 1 FROM activities a WHERE a.lead_id = s.lead_id AND a.occurred_at <= "
                               "s.changed_at AND a.occurred_at >= (SELECT max(h.handed_over_at) FROM "
                               "handoffs h WHERE h.lead_id = s.lead_id AND h.handed_over_at <= s.changed_at) "
                               "AND ") +
                           meaningful + ")")
                              .c_str()),
              0);
    EXPECT_GT(
        count(db(), "SELECT count(*) FROM stage_changes WHERE without_contact = 1 AND to_stage = 'sal'"), 0);
    EXPECT_LT(count(db(), "SELECT count(*) FROM stage_changes WHERE without_contact = 1") * 10,
              count(db(), "SELECT count(*) FROM stage_changes WHERE to_stage = 'sal'"));
    // The lead keeps the mark of its latest move until someone reaches it.
    EXPECT_EQ(
        count(db(),
              (std::string("SELECT count(*) FROM leads l WHERE l.moved_without_contact IS NOT "
                           "(l.stage IN ('sal', 'sql', 'disqualified') AND (SELECT s.without_contact FROM "
                           "stage_changes s WHERE s.lead_id = l.id ORDER BY s.id DESC LIMIT 1) = 1 AND "
                           "NOT EXISTS (SELECT 1 FROM activities a WHERE a.lead_id = l.id AND "
                           "a.occurred_at >= l.stage_changed_at AND ") +
               meaningful + "))")
                  .c_str()),
        0);
}

TEST_F(DemoGeneratorTest, Generate_Conversions_AnswerTheChecklistAndSomeAreDecided)
{
    const std::vector<QualificationCriterion> checklist = Definition::defaults().checklist;
    ASSERT_FALSE(checklist.empty());
    const qint64 sql = count(db(), "SELECT count(*) FROM leads WHERE stage = 'sql'");
    EXPECT_GT(sql, 0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM qualification_answers"),
              sql * static_cast<qint64>(checklist.size()));
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM leads l WHERE l.stage = 'sql' AND (SELECT count(*) FROM "
                    "qualification_answers q WHERE q.lead_id = l.id) <> (SELECT count(DISTINCT criterion_id) "
                    "FROM qualification_answers)"),
              0);
    for (const QualificationCriterion &item : checklist) {
        const std::string where =
            " FROM qualification_answers WHERE criterion_id = '" + item.id.toStdString() + "'";
        EXPECT_EQ(count(db(), ("SELECT count(*)" + where).c_str()), sql) << item.id.toStdString();
        EXPECT_EQ(
            count(db(), ("SELECT count(*)" + where + " AND (criterion IS NOT '" + item.name.toStdString() +
                         "' OR required IS NOT " + (item.required ? "1" : "0") + ")")
                            .c_str()),
            0)
            << item.id.toStdString();
    }
    EXPECT_EQ(
        count(db(), "SELECT count(*) FROM qualification_answers WHERE required = 1 AND answer <> 'yes'"), 0);
    EXPECT_GT(
        count(db(), "SELECT count(*) FROM qualification_answers WHERE required = 0 AND answer <> 'yes'"), 0);
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM qualification_answers q JOIN opportunities o ON o.lead_id = q.lead_id "
              "WHERE q.answered_at <> o.created_at OR q.answered_by IS NOT o.created_by"),
        0);
    // Expected to close two to twelve weeks out; some of the older ones won or lost.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM opportunities WHERE date(expected_close) IS NOT expected_close OR "
                    "julianday(expected_close) - julianday(created_at, 'unixepoch') NOT BETWEEN 13 AND 85"),
              0);
    const qint64 now = test::referenceTime().toSecsSinceEpoch();
    EXPECT_EQ(
        count(db(), ("SELECT count(*) FROM opportunities WHERE (result IS NULL) <> (closed_at IS NULL) OR "
                     "(result IS NULL) <> (closed_by IS NULL) OR closed_at <= created_at OR closed_at > " +
                     std::to_string(now) + " OR (result = 'lost') <> (result_reason IS NOT NULL)")
                        .c_str()),
        0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM opportunities WHERE result = 'won'"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM opportunities WHERE result = 'lost'"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM opportunities WHERE result IS NULL"), sql / 2);
}
